import { v } from "convex/values";
import { admitNewConversation, admitStoredMessages } from "../guardrails/storage-quota";
import { userMutation } from "../lib/functions";
import { planImport } from "./import-plan";
import { parseImportFile } from "./import-schema";

/**
 * Imports a JSON export (one conversation's or all of a user's) as new
 * conversations owned by the caller, all or nothing: size, JSON and shape
 * first, every message through the input rules (a conversation's own
 * instructions through those of custom instructions), then each conversation
 * through the creation rate limit and the conversation quota, and the
 * messages through the stored-messages quota. Nothing from the file decides
 * an owner, an id, a provider, a model or a cost.
 */
export const importJson = userMutation({
  args: { json: v.string() },
  handler: async (ctx, { json }) => {
    const planned = planImport(parseImportFile(json));
    const now = Date.now();
    const conversationIds = [];
    for (const conversation of planned) {
      await admitNewConversation(ctx, ctx.user, now);
      await admitStoredMessages(ctx, ctx.user, conversation.messages.length);
      const conversationId = await ctx.db.insert("conversations", {
        ownerId: ctx.user._id,
        title: conversation.title,
        updatedAt: now,
      });
      for (const message of conversation.messages)
        await ctx.db.insert("messages", { conversationId, ownerId: ctx.user._id, ...message });
      if (conversation.instructions)
        await ctx.db.insert("customInstructions", {
          ownerId: ctx.user._id,
          conversationId,
          ...conversation.instructions,
          updatedAt: now,
        });
      conversationIds.push(conversationId);
    }
    return { conversationIds };
  },
});
