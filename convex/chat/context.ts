import type { Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import type { ChatTurn } from "../providers/seam";
import { selectContext } from "../../rules/context-budget";
import { entitlementsFor } from "../../rules/entitlements";
import { groupDigits } from "../../rules/group-digits";
import { appError } from "../lib/errors";
import { countTokens } from "../lib/token-count";
import { systemTurnFor } from "../users/instructions-store";
import { shownMessages } from "./versions-branch";

// At most this many turns, whatever their size; the token budget usually binds first.
const HISTORY_MESSAGES = 20;

/**
 * The finished turns of the conversation's shown branch before `before`, newest first: the user's,
 * and replies that completed. Other versions (an edited message's earlier turns, a regenerated
 * reply) are never sent (convex/chat/versions.ts).
 */
async function recentTurns(ctx: QueryCtx, conversationId: Id<"conversations">, before?: number): Promise<ChatTurn[]> {
  const turns: ChatTurn[] = [];
  const newestFirst = shownMessages(ctx, conversationId, before).order("desc");
  for await (const m of newestFirst) {
    if (m.role === "user" || m.status === "done") turns.push({ role: m.role, content: m.content });
    if (turns.length === HISTORY_MESSAGES) break;
  }
  return turns;
}

/**
 * What the model sees: the system prompt and the newest finished turns of the shown branch before
 * `before` that fit the owner's tier's token budget (rules/context-budget.ts),
 * oldest first, with their token count. `send` and `retry` price the hold on
 * this count and generation sends the very same selection. Refuses
 * (invalid_input) when the newest message alone does not fit.
 */
export async function selectConversationContext(ctx: QueryCtx, conversationId: Id<"conversations">, before?: number) {
  const conversation = await ctx.db.get(conversationId);
  const owner = conversation && (await ctx.db.get(conversation.ownerId));
  if (!owner) throw appError("not_found");
  const budget = entitlementsFor(owner.tier).contextTokenBudget;
  const system = await systemTurnFor(ctx, owner._id, conversationId); // guardrail text first, then custom instructions
  const selection = selectContext(system, await recentTurns(ctx, conversationId, before), budget, countTokens);
  if (selection.ok) return { turns: selection.turns, tokens: selection.tokens };
  throw appError("invalid_input", {
    field: "content",
    message:
      `Your message is about ${groupDigits(selection.tokens)} tokens with the assistant's instructions; your plan sends at most ` +
      `${groupDigits(budget)} tokens to the model per request. Shorten it or send it in parts.`,
  });
}

/** The turns of `selectConversationContext` (what generation sends). */
export async function conversationContext(
  ctx: QueryCtx,
  conversationId: Id<"conversations">,
  before?: number,
): Promise<ChatTurn[]> {
  return (await selectConversationContext(ctx, conversationId, before)).turns;
}
