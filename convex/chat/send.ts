import { v } from "convex/values";
import { internal } from "../_generated/api";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { admitChatRequest } from "../guardrails/admission";
import { release } from "../guardrails/daily-spend";
import { enqueueIfBusy } from "../providers/queue";
import { resilienceConfig } from "../providers/settings";
import { conversationContext, contextChars } from "./context";
import { titleFrom } from "./conversations";
import { ownConversation, ownMessage } from "./ownership";

/**
 * Stores the user's message and a pending reply in one transaction, after
 * every guardrail has passed, then schedules generation. A refused send
 * stores nothing; an accepted one is never lost, whatever the providers do.
 */
export const send = userMutation({
  args: { conversationId: v.optional(v.id("conversations")), content: v.string() },
  handler: async (ctx, args) => {
    const now = Date.now();
    const conversation = args.conversationId ? await ownConversation(ctx, ctx.user, args.conversationId) : undefined;
    const history = conversation ? await conversationContext(ctx, conversation._id) : [];
    const { failoverChain: chain } = resilienceConfig();
    const admitted = await admitChatRequest(ctx, { user: ctx.user, content: args.content, promptChars: contextChars(history) + args.content.length, chain });

    const conversationId =
      conversation?._id ?? (await ctx.db.insert("conversations", { ownerId: ctx.user._id, title: titleFrom(args.content), updatedAt: now }));
    if (conversation) await ctx.db.patch(conversation._id, { updatedAt: now, ...(conversation.title === "New chat" ? { title: titleFrom(args.content) } : {}) });

    const owner = { conversationId, ownerId: ctx.user._id };
    const userMessageId = await ctx.db.insert("messages", { ...owner, role: "user", content: args.content, status: "done", flags: admitted.flags.length ? admitted.flags : undefined });
    const assistantMessageId = await ctx.db.insert("messages", {
      ...owner, role: "assistant", content: "", status: "pending", reservation: admitted.reservation, timings: { requestedAt: now },
    });
    await enqueueIfBusy(ctx, assistantMessageId, now);
    await ctx.scheduler.runAfter(0, internal.chat.generate.run, { messageId: assistantMessageId });
    return { conversationId, userMessageId, assistantMessageId };
  },
});

/** Stops a reply in progress; the generation notices at its next write and gives back the cost held. */
export const stop = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ownMessage(ctx, ctx.user, messageId);
    if (message.status !== "pending" && message.status !== "streaming") return false;
    if (message.reservation) await release(ctx, message.ownerId, message.reservation);
    await ctx.db.patch(messageId, { status: "stopped", reservation: undefined, timings: { ...message.timings!, finishedAt: Date.now() } });
    return true;
  },
});

/** Generates a failed or stopped reply again, through the same guardrails as a send. */
export const retry = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ownMessage(ctx, ctx.user, messageId);
    if (message.role !== "assistant" || (message.status !== "failed" && message.status !== "stopped")) {
      throw appError("invalid_input", { message: "Only a failed or stopped reply can be retried." });
    }
    const history = await conversationContext(ctx, message.conversationId, message._creationTime);
    const prompt = history.at(-1);
    if (prompt?.role !== "user") throw appError("not_found");
    const { failoverChain: chain } = resilienceConfig();
    const admitted = await admitChatRequest(ctx, { user: ctx.user, content: prompt.content, promptChars: contextChars(history), chain });
    await ctx.db.patch(messageId, {
      content: "", status: "pending", errorCode: undefined, errorReason: undefined, attempts: undefined, provider: undefined, model: undefined,
      usage: undefined, costMicros: undefined, cached: undefined, reservation: admitted.reservation, timings: { requestedAt: Date.now() },
    });
    await ctx.scheduler.runAfter(0, internal.chat.generate.run, { messageId });
  },
});
