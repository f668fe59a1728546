import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { deleteCacheForConversation } from "../cache/cleanup";
import { deleteCodeRunsOfConversation } from "../code/cascade";
import { release } from "../guardrails/daily-spend";
import { forgetStored } from "../guardrails/storage-quota";
import { deleteConversationInstructions } from "../users/instructions-store";

/**
 * Deletes a conversation, its messages (every version) with their feedback, its code runs, its instructions and
 * its server-cache entries. A reply not yet started gives its
 * hold back (no provider was asked); a reply mid-generation does not: its
 * attempt's hold outlives the message, and the generation, finding the
 * message gone, stops and pays for what was produced.
 */
export async function deleteConversationCascade(ctx: MutationCtx, conversationId: Id<"conversations">) {
  // The server cache's entries from this conversation, in every partition (the shared one too): never served again.
  await deleteCacheForConversation(ctx, conversationId);
  const messages = await ctx.db
    .query("messages")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
    .collect();
  for (const message of messages) {
    if (message.reservation) await release(ctx, message.ownerId, message.reservation);
    await ctx.db.delete(message._id);
  }
  await deleteCodeRunsOfConversation(ctx, conversationId);
  // Every version's ratings (and their reasons) go with it.
  for (const feedback of await ctx.db
    .query("replyFeedback")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
    .collect())
    await ctx.db.delete(feedback._id);
  const conversation = await ctx.db.get(conversationId);
  if (conversation) await deleteConversationInstructions(ctx, conversation.ownerId, conversationId);
  await ctx.db.delete(conversationId);
  // Gives the owner's storage quota back (convex/guardrails/storage-quota.ts).
  if (conversation) await forgetStored(ctx, conversation.ownerId, { conversations: 1, messages: messages.length });
}
