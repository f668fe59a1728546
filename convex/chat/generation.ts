import { v } from "convex/values";
import { internalMutation, internalQuery } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { costMicros, priceFor } from "../../rules/pricing";
import { release, settle } from "../guardrails/daily-spend";
import { attemptValidator } from "./tables";
import { conversationContext } from "./context";
import { recordReplyMetric } from "../metrics/record";

// The database side of one generation, called by the `generate.run` action.

export const load = internalQuery({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ctx.db.get(messageId);
    const owner = message && (await ctx.db.get(message.ownerId));
    if (!message || !owner) return null;
    const turns = await conversationContext(ctx, message.conversationId, message._creationTime);
    return { status: message.status, turns, maxTokens: entitlementsFor(owner.tier).maxTokens, byok: message.byok, ownerToken: owner.tokenIdentifier };
  },
});

/** pending → streaming; false when the reply was stopped before it started. */
export const start = internalMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "pending") return false;
    await ctx.db.patch(messageId, { status: "streaming", timings: { ...message.timings!, startedAt: Date.now() } });
    return true;
  },
});

/** One batched write of the reply so far; tells the action whether the user stopped it. */
export const saveProgress = internalMutation({
  args: { messageId: v.id("messages"), content: v.string(), provider: v.string(), model: v.string() },
  handler: async (ctx, { messageId, content, provider, model }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "streaming") return { stopped: true };
    const timings = message.timings!.firstTokenAt ? message.timings! : { ...message.timings!, firstTokenAt: Date.now() };
    await ctx.db.patch(messageId, { content, provider, model, timings });
    return { stopped: false };
  },
});

export const complete = internalMutation({
  args: {
    messageId: v.id("messages"),
    content: v.string(),
    provider: v.string(),
    model: v.string(),
    usage: v.object({ promptTokens: v.number(), completionTokens: v.number(), estimated: v.boolean() }),
    attempts: v.array(attemptValidator),
  },
  handler: async (ctx, { messageId, ...reply }) => {
    const message = await ctx.db.get(messageId);
    if (!message) return;
    const cost = costMicros(priceFor(reply.provider, reply.model), reply.usage);
    // Settled even if the user pressed Stop in the last instant: the tokens were paid for.
    if (message.reservation) await settle(ctx, message.ownerId, message.reservation, cost);
    await recordReplyMetric(ctx, message, { ending: "done", provider: reply.provider, model: reply.model, usage: reply.usage, costMicros: cost, attempts: reply.attempts });
    if (message.status !== "streaming") return;
    await ctx.db.patch(messageId, {
      ...reply, status: "done", costMicros: cost, reservation: undefined, timings: { ...message.timings!, finishedAt: Date.now() },
    });
  },
});

/** Marks the reply failed (or records a stop) and gives back the cost held. */
export const finishWithoutReply = internalMutation({
  args: { messageId: v.id("messages"), outcome: v.union(v.literal("failed"), v.literal("stopped")), reason: v.optional(v.string()), attempts: v.array(attemptValidator) },
  handler: async (ctx, { messageId, outcome, reason, attempts }) => {
    const message = await ctx.db.get(messageId);
    if (!message) return;
    if (message.reservation) await release(ctx, message.ownerId, message.reservation);
    await recordReplyMetric(ctx, message, { ending: outcome, attempts });
    const finished = { reservation: undefined, attempts, timings: { ...message.timings!, finishedAt: Date.now() } };
    if (outcome === "failed" && (message.status === "streaming" || message.status === "pending")) {
      await ctx.db.patch(messageId, { ...finished, status: "failed", errorCode: "provider_unavailable", errorReason: reason });
    } else {
      await ctx.db.patch(messageId, finished);
    }
  },
});

