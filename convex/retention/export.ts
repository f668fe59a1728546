import { userQuery } from "../lib/functions";

/**
 * All of the signed-in user's conversations and messages as one JSON
 * document (their copy to keep; deleting is chat/conversations.remove).
 * Only the caller's rows: both reads go through indexes keyed by owner.
 */
export const mine = userQuery({
  args: {},
  handler: async (ctx) => {
    const conversations = await ctx.db
      .query("conversations")
      .withIndex("by_owner_updated", (q) => q.eq("ownerId", ctx.user._id))
      .collect();
    conversations.sort((a, b) => a._creationTime - b._creationTime);
    return {
      exportedAt: Date.now(),
      conversations: await Promise.all(
        conversations.map(async (conversation) => {
          const messages = await ctx.db.query("messages").withIndex("by_conversation", (q) => q.eq("conversationId", conversation._id)).collect();
          return {
            title: conversation.title,
            createdAt: conversation._creationTime,
            messages: messages
              .filter((m) => m.ownerId === ctx.user._id)
              .map((m) => ({ role: m.role, content: m.content, status: m.status, createdAt: m._creationTime, provider: m.provider ?? null, model: m.model ?? null })),
          };
        }),
      ),
    };
  },
});
