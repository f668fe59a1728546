import { v } from "convex/values";
import { validateInput } from "../../rules/input/validate-input";
import { recordReplyMetric } from "../metrics/record";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { titleFrom } from "./conversations";
import { ownConversation } from "./ownership";

/**
 * Stores an exchange the browser answered from its response cache: no
 * provider call, no cost, so no rate or budget is consumed. The prompt still
 * passes the input rules; the reply is the user's own earlier reply text.
 */
export const storeCachedReply = userMutation({
  args: {
    conversationId: v.optional(v.id("conversations")),
    content: v.string(),
    reply: v.object({ content: v.string(), provider: v.string(), model: v.string() }),
  },
  handler: async (ctx, args) => {
    const input = validateInput(args.content);
    if (!input.ok) throw appError("invalid_input", { message: input.reason, field: "content" });
    if (args.reply.content.length > 200_000) throw appError("invalid_input", { message: "That cached reply is too long to store." });
    const now = Date.now();
    const conversationId = args.conversationId ?? (await ctx.db.insert("conversations", { ownerId: ctx.user._id, title: titleFrom(args.content), updatedAt: now }));
    if (args.conversationId) {
      await ownConversation(ctx, ctx.user, args.conversationId);
      await ctx.db.patch(args.conversationId, { updatedAt: now });
    }
    const owner = { conversationId, ownerId: ctx.user._id };
    await ctx.db.insert("messages", { ...owner, role: "user", content: args.content, status: "done", flags: input.flags.length ? input.flags : undefined });
    const assistantMessageId = await ctx.db.insert("messages", {
      ...owner, role: "assistant", status: "done", cached: true, costMicros: 0, ...args.reply, timings: { requestedAt: now, finishedAt: now },
    });
    // Counted like any reply, as a cache hit: the hit rate and its alert depend on it.
    const stored = (await ctx.db.get(assistantMessageId))!;
    await recordReplyMetric(ctx, { ...stored, status: "pending" }, { ending: "done", provider: args.reply.provider, model: args.reply.model, costMicros: 0, attempts: [] });
    return { conversationId, assistantMessageId };
  },
});
