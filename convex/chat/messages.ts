import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
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
    return { ...page, page: page.page.map(forUser) };
  },
});

/**
 * What a user may see of a message. Reservations and the attempt id (its
 * hold's row) are bookkeeping; attempts
 * keep only which provider and model were tried (the footer's failover
 * note): key ids, status codes, latencies and error classes are operational
 * and stay in admin views and metrics.
 */
export function forUser({ reservation: _r, attemptId: _a, ownerId: _o, attempts, ...message }: Doc<"messages">) {
  return { ...message, ...(attempts ? { attempts: attempts.map(({ provider, model }) => ({ provider, model })) } : {}) };
}
