import { exportedConversation, exportHeader } from "../chat/export-shape";
import { userQuery } from "../lib/functions";
import { instructionsRowOf } from "../users/instructions-store";

/**
 * All of the signed-in user's conversations, messages and custom instructions as one JSON
 * document (their copy to keep, and a file chat.imports.importJson reads back;
 * deleting is chat/conversations.remove). Only the caller's rows: both reads
 * go through indexes keyed by owner. Settings downloads it.
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
      ...exportHeader(Date.now()),
      customInstructions: (await instructionsRowOf(ctx, ctx.user._id))?.text || null,
      conversations: await Promise.all(conversations.map((conversation) => exportedConversation(ctx, conversation))),
    };
  },
});
