import { v } from "convex/values";
import { normalisedReason, reasonTooLong } from "../../rules/feedback";
import { assertValidInput } from "../guardrails/admission";
import { userMutation, userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { ownConversation, ownMessage } from "./ownership";
import { feedbackRating } from "./tables";

/**
 * Thumbs up or down on one of the caller's own finished replies, with an
 * optional reason (input rules, length-limited): one row per user per reply,
 * changed in place. Deleted with the conversation (chat/cascade.ts).
 */
export const rate = userMutation({
  args: { messageId: v.id("messages"), rating: feedbackRating, reason: v.optional(v.string()) },
  handler: async (ctx, { messageId, rating, reason: given }) => {
    const reply = await ownMessage(ctx, ctx.user, messageId);
    if (reply.role !== "assistant" || (reply.status !== "done" && reply.status !== "stopped")) {
      throw appError("invalid_input", { message: "Only a finished reply can be rated." });
    }
    const reason = normalisedReason(given);
    if (reason !== undefined) {
      const tooLong = reasonTooLong(reason);
      if (tooLong) throw appError("invalid_input", { field: "reason", message: tooLong });
      assertValidInput(reason);
    }
    const row = { rating, reason, provider: reply.provider, model: reply.model, updatedAt: Date.now() };
    const existing = await ctx.db
      .query("replyFeedback")
      .withIndex("by_message_user", (q) => q.eq("messageId", messageId).eq("userId", ctx.user._id))
      .unique();
    if (existing) await ctx.db.patch(existing._id, row);
    else
      await ctx.db.insert("replyFeedback", {
        ...row,
        messageId,
        conversationId: reply.conversationId,
        userId: ctx.user._id,
      });
    return null;
  },
});

/** The caller's ratings in one conversation, by reply id (the thread shows which thumb is pressed). */
export const mine = userQuery({
  args: { conversationId: v.id("conversations") },
  handler: async (ctx, { conversationId }) => {
    await ownConversation(ctx, ctx.user, conversationId);
    const rows = await ctx.db
      .query("replyFeedback")
      .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
      .collect();
    return rows
      .filter((row) => row.userId === ctx.user._id)
      .map(({ messageId, rating, reason }) => ({ messageId, rating, reason }));
  },
});
