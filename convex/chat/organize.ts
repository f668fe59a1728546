// Pin and archive: how a user keeps their conversation list in order. Only
// the owner may change either (someone else's id is "not found").
import { v } from "convex/values";
import { userMutation, userQuery } from "../lib/functions";
import { listed, MAX_LISTED } from "./conversations";
import { ownConversation } from "./ownership";

/** Archived conversations, newest first: out of the main list, never out of reach. */
export const listArchived = userQuery({
  args: {},
  handler: async (ctx) => {
    const rows = await ctx.db
      .query("conversations")
      .withIndex("by_owner_archived", (q) => q.eq("ownerId", ctx.user._id).eq("archived", true))
      .order("desc")
      .take(MAX_LISTED);
    return rows.map(listed);
  },
});

/** Pinning brings an archived conversation back into the list; archiving unpins. */
export const setPinned = userMutation({
  args: { conversationId: v.id("conversations"), pinned: v.boolean() },
  handler: async (ctx, { conversationId, pinned }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    await ctx.db.patch(conversationId, pinned ? { pinned: true, archived: undefined } : { pinned: undefined });
  },
});

export const setArchived = userMutation({
  args: { conversationId: v.id("conversations"), archived: v.boolean() },
  handler: async (ctx, { conversationId, archived }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    await ctx.db.patch(conversationId, archived ? { archived: true, pinned: undefined } : { archived: undefined });
  },
});
