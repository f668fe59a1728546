import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { chooseCouncil, councilHold, type CouncilChoice, type CouncilModel } from "../../rules/council";
import { entitlementsFor } from "../../rules/entitlements";
import { appError } from "../lib/errors";
import type { ChatTurn } from "../providers/seam";
import { councilModel } from "./tables";

/** The send option: `{}` convenes the tier's default council; members must be in the catalogue. */
export const councilOptionValidator = v.object({ members: v.optional(v.array(councilModel)) });

const refusals: Record<Extract<CouncilChoice, { ok: false }>["reason"], string> = {
  tier: "Council mode is not part of your plan. Upgrade to Pro to ask several models at once.",
  too_few: "A council needs at least two members.",
  too_many: "Your plan allows fewer council members than that.",
  unknown_model: "One of the council's models is not available.",
  duplicate: "Each model can sit on the council only once.",
};

/**
 * Checks a council request against the tier and the catalogue and returns its
 * members, chairmen and worst case (2N+1 calls over this context). Throws a
 * clear invalid_input otherwise — before anything is stored.
 */
export function admitCouncil(user: Doc<"users">, option: { members?: CouncilModel[] }, ownKey: boolean) {
  // A user's key pays one provider; a council calls several on the operator's keys.
  if (ownKey)
    throw appError("invalid_input", {
      message: "Council mode runs on the app's keys: turn off your own key to convene a council.",
    });
  const choice = chooseCouncil(user.tier, option);
  if (!choice.ok) throw appError("invalid_input", { message: refusals[choice.reason] });
  return choice;
}

/** What the send holds for a council: one hold for the whole attempt, every call's worst case. */
export function councilHoldMicros(
  user: Doc<"users">,
  choice: { members: readonly CouncilModel[]; chairmen: readonly CouncilModel[] },
  turns: readonly ChatTurn[],
) {
  const promptChars = turns.reduce((sum, turn) => sum + turn.content.length, 0);
  return councilHold({
    members: choice.members,
    chairmen: choice.chairmen,
    promptChars,
    maxTokens: entitlementsFor(user.tier).maxTokens,
  }).totalMicros;
}

/** What a retry asks for: the members the reply's last council seated (checked again against today's tier and catalogue). */
export async function councilRequestOf(
  ctx: QueryCtx,
  messageId: Id<"messages">,
): Promise<{ members?: CouncilModel[] }> {
  const run = await ctx.db
    .query("councilRuns")
    .withIndex("by_message", (q) => q.eq("messageId", messageId))
    .order("desc")
    .first();
  return run ? { members: run.members.map(({ provider, model }) => ({ provider, model })) } : {};
}
