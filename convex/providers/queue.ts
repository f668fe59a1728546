import { v } from "convex/values";
import type { Id } from "../_generated/dataModel";
import { internalMutation, type MutationCtx, type QueryCtx } from "../_generated/server";
import { userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { busyRetryAfterMs, canEnqueue } from "./resilience/queue-arithmetic";
import { BUDGET_WINDOW_MS } from "./resilience/provider-budget";
import { resilienceConfig } from "./settings";
import { budgetUsed } from "./state";

// A bounded FIFO of generations waiting for the primary provider's request
// budget. Waiting is a scheduled re-run of the generation at the next budget
// window, never a busy loop; the queue bound refuses sends up front.

async function roomInBudget(ctx: QueryCtx, now: number) {
  const config = resilienceConfig();
  const provider = config.failoverChain[0]!.provider;
  const windowStart = now - (now % BUDGET_WINDOW_MS);
  const used = await budgetUsed(ctx, provider, windowStart); // the budget shards summed
  return {
    room: config.budget.requestsPerMinute[provider] - used,
    nextWindowAt: windowStart + BUDGET_WINDOW_MS,
    config,
  };
}

const waiting = (ctx: QueryCtx) => ctx.db.query("generationQueue").withIndex("by_enqueued").take(1000);

/** Called by `send`: queues the reply if the budget is spent or others wait; refuses past the bound. */
export async function enqueueIfBusy(ctx: MutationCtx, messageId: Id<"messages">, now = Date.now()) {
  const [{ room, config }, queue] = [await roomInBudget(ctx, now), await waiting(ctx)];
  if (queue.length === 0 && room > 0) return;
  if (!canEnqueue(queue.length, config.queue.maxQueued)) {
    const provider = config.failoverChain[0]!.provider;
    const retryAfterMs = busyRetryAfterMs(queue.length, config.budget.requestsPerMinute[provider]);
    throw appError("busy", { retryAfterMs });
  }
  await ctx.db.insert("generationQueue", { messageId, enqueuedAt: now });
}

/** The generation's turn: go now, or wait until the next budget window. */
export async function claimTurnFor(ctx: MutationCtx, messageId: Id<"messages">, now = Date.now()) {
  const [{ room, nextWindowAt }, queue] = [await roomInBudget(ctx, now), await waiting(ctx)];
  const position = queue.findIndex((row) => row.messageId === messageId);
  if (position === -1) return { go: true as const };
  if (position < room) {
    await ctx.db.delete(queue[position]!._id);
    return { go: true as const };
  }
  return { go: false as const, retryAt: nextWindowAt };
}

export const claimTurn = internalMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => claimTurnFor(ctx, messageId),
});

export async function leaveQueue(ctx: MutationCtx, messageId: Id<"messages">) {
  const row = await ctx.db
    .query("generationQueue")
    .withIndex("by_message", (q) => q.eq("messageId", messageId))
    .unique();
  if (row) await ctx.db.delete(row._id);
}

export const leave = internalMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => leaveQueue(ctx, messageId),
});

/** A waiting reply's live place in the queue (1 = next), or null when it is not waiting. */
export const position = userQuery({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ctx.db.get(messageId);
    if (!message || message.ownerId !== ctx.user._id) return null;
    const index = (await waiting(ctx)).findIndex((row) => row.messageId === messageId);
    return index === -1 ? null : index + 1;
  },
});
