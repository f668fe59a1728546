import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { release } from "../guardrails/daily-spend";

/**
 * Deletes a conversation and its messages. A reply not yet started gives its
 * hold back (no provider was asked); a reply mid-generation does not: its
 * attempt's hold outlives the message, and the generation, finding the
 * message gone, stops and pays for what was produced.
 */
export async function deleteConversationCascade(ctx: MutationCtx, conversationId: Id<"conversations">) {
  const messages = await ctx.db.query("messages").withIndex("by_conversation", (q) => q.eq("conversationId", conversationId)).collect();
  for (const message of messages) {
    if (message.reservation) await release(ctx, message.ownerId, message.reservation);
    await ctx.db.delete(message._id);
  }
  await ctx.db.delete(conversationId);
}
