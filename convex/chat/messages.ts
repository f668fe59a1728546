import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import { userQuery } from "../lib/functions";
import { ownConversation } from "./ownership";

/** A conversation's messages, newest first, one page at a time. */
export const list = userQuery({
  args: { conversationId: v.id("conversations"), paginationOpts: paginationOptsValidator },
  handler: async (ctx, { conversationId, paginationOpts }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    const page = await ctx.db
      .query("messages")
      .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
      .order("desc")
      .paginate(paginationOpts);
    // Reservations are bookkeeping, not something the client needs.
    return { ...page, page: page.page.map(({ reservation: _r, ownerId: _o, ...message }) => message) };
  },
});
