import type { Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { systemMessageText } from "../../rules/system-message";
import type { ChatTurn } from "../providers/seam";

/** The user's custom-instructions row, if they saved any. */
export function instructionsRowOf(ctx: QueryCtx, ownerId: Id<"users">) {
  return ctx.db.query("customInstructions").withIndex("by_owner", (q) => q.eq("ownerId", ownerId)).unique();
}

/** The system turn for a conversation of this owner: the guardrail text, then their instructions (rules/system-message.ts). */
export async function systemTurnFor(ctx: QueryCtx, ownerId: Id<"users">): Promise<ChatTurn> {
  const row = await instructionsRowOf(ctx, ownerId);
  return { role: "system", content: systemMessageText(row?.text) };
}
