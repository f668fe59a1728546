import { v } from "convex/values";
import { internalMutation, internalQuery } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { openHold } from "../guardrails/holds";
import { conversationContext } from "./context";

// The database side of one generation, called by the `generate.run` action.
// Every write after `start` carries the attempt id and is ignored once the
// reply belongs to another attempt (retried) or is gone (deleted). The
// ending is in finish.ts.

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

/**
 * pending → streaming, and this attempt's hold, in one transaction: returns
 * the attempt id, or null when the reply was stopped or deleted before it
 * started (no provider call is made without a hold).
 */
export const start = internalMutation({
  args: { messageId: v.id("messages"), promptTokens: v.number() },
  handler: async (ctx, { messageId, promptTokens }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "pending") return null;
    const now = Date.now();
    const attemptId = await openHold(ctx, message, promptTokens, now);
    await ctx.db.patch(messageId, { status: "streaming", attemptId, reservation: undefined, timings: { ...message.timings!, startedAt: now } });
    return attemptId;
  },
});

/** One batched write of the reply so far; tells the action to stop when the reply is no longer its own to write. */
export const saveProgress = internalMutation({
  args: { messageId: v.id("messages"), attemptId: v.id("holds"), content: v.string(), provider: v.string(), model: v.string() },
  handler: async (ctx, { messageId, attemptId, content, provider, model }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "streaming" || message.attemptId !== attemptId) return { stopped: true };
    const timings = message.timings!.firstTokenAt ? message.timings! : { ...message.timings!, firstTokenAt: Date.now() };
    await ctx.db.patch(messageId, { content, provider, model, timings });
    return { stopped: false };
  },
});
