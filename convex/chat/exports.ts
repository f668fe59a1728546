import { v } from "convex/values";
import { userQuery } from "../lib/functions";
import { exportedConversation, exportHeader } from "./export-shape";
import { ownConversation } from "./ownership";

/** One conversation as an export file (the browser writes it as JSON or Markdown); only its owner's. */
export const conversation = userQuery({
  args: { conversationId: v.id("conversations") },
  handler: async (ctx, { conversationId }) => {
    const conversation = await ownConversation(ctx, ctx.user, conversationId);
    return { ...exportHeader(Date.now()), conversations: [await exportedConversation(ctx, conversation)] };
  },
});
