import type { Id } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { systemMessageText } from "../../rules/system-message";
import type { ChatTurn } from "../providers/seam";

/** The user's own instructions (no conversation), or those of one of their conversations. */
export function instructionsRowOf(ctx: QueryCtx, ownerId: Id<"users">, conversationId?: Id<"conversations">) {
  return ctx.db
    .query("customInstructions")
    .withIndex("by_owner_conversation", (q) => q.eq("ownerId", ownerId).eq("conversationId", conversationId))
    .unique();
}

async function rowsFor(ctx: QueryCtx, ownerId: Id<"users">, conversationId?: Id<"conversations">) {
  return {
    mine: await instructionsRowOf(ctx, ownerId),
    chat: conversationId && (await instructionsRowOf(ctx, ownerId, conversationId)),
  };
}

/** The system turn for a conversation of this owner: the guardrail text, then their instructions, then the conversation's (rules/system-message.ts). */
export async function systemTurnFor(
  ctx: QueryCtx,
  ownerId: Id<"users">,
  conversationId?: Id<"conversations">,
): Promise<ChatTurn> {
  const { mine, chat } = await rowsFor(ctx, ownerId, conversationId);
  return { role: "system", content: systemMessageText(mine?.text, chat?.text) };
}

/** When the instructions a conversation is answered with last changed (0: never set). */
export async function instructionsChangedAt(
  ctx: QueryCtx,
  ownerId: Id<"users">,
  conversationId?: Id<"conversations">,
): Promise<number> {
  const { mine, chat } = await rowsFor(ctx, ownerId, conversationId);
  return Math.max(mine?.updatedAt ?? 0, chat?.updatedAt ?? 0);
}

/** A deleted conversation's instructions go with it (chat/cascade.ts). */
export async function deleteConversationInstructions(
  ctx: MutationCtx,
  ownerId: Id<"users">,
  conversationId: Id<"conversations">,
) {
  const row = await instructionsRowOf(ctx, ownerId, conversationId);
  if (row) await ctx.db.delete(row._id);
}
