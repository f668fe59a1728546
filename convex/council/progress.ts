import { v } from "convex/values";
import type { Id } from "../_generated/dataModel";
import { internalMutation, internalQuery, type MutationCtx } from "../_generated/server";
import { applyCouncilEvents } from "./apply-events";
import { councilEventValidator } from "./event-validators";
import { councilModel } from "./tables";

// The database side of one council, written by the action that runs it.

/** A new run for an assistant message; call it in the send transaction, beside the message and the hold. */
export async function insertCouncilRun(
  ctx: MutationCtx,
  args: { messageId: Id<"messages">; ownerId: Id<"users">; members: { provider: string; model: string }[] },
) {
  const members = args.members.map(({ provider, model }) => ({
    provider,
    model,
    answerStatus: "waiting" as const,
    answer: "",
    reviewStatus: "waiting" as const,
    review: "",
  }));
  return ctx.db.insert("councilRuns", {
    ...args,
    members,
    status: "running",
    stage: "answer",
    chairmanFailures: [],
    finalText: "",
    calls: [],
    startedAt: Date.now(),
  });
}

export const create = internalMutation({
  args: { messageId: v.id("messages"), members: v.array(councilModel) },
  handler: async (ctx, { messageId, members }) => {
    const message = await ctx.db.get(messageId);
    if (!message) throw new Error("council run for a missing message");
    return insertCouncilRun(ctx, { messageId, ownerId: message.ownerId, members });
  },
});

/** One batched write of events (≤ 4 a second, from the action); `stopped` tells it the user pressed Stop. */
export const applyEvents = internalMutation({
  args: { runId: v.id("councilRuns"), events: v.array(councilEventValidator) },
  handler: async (ctx, { runId, events }) => {
    const run = await ctx.db.get(runId);
    if (!run) return { stopped: true };
    // The chat's own Stop (the message marked stopped, or deleted) stops the council too.
    const message = await ctx.db.get(run.messageId);
    const running = run.status === "running" && message !== null && message.status !== "stopped";
    // Usage is recorded even after a stop: those tokens were paid for.
    const next = applyCouncilEvents(run, running ? events : events.filter((e) => e.type === "usage"));
    await ctx.db.patch(
      runId,
      running || run.status !== "running" ? next : { ...next, status: "stopped", finishedAt: Date.now() },
    );
    return { stopped: !running };
  },
});

/** The user's Stop: the next batched write tells the action, which aborts every open call. */
export const stop = internalMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const run = await ctx.db
      .query("councilRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .order("desc")
      .first();
    if (run?.status === "running") await ctx.db.patch(run._id, { status: "stopped", finishedAt: Date.now() });
  },
});

/** The run's members, for the action that convenes them (null when the run is gone). */
export const membersOf = internalQuery({
  args: { runId: v.id("councilRuns") },
  handler: async (ctx, { runId }) =>
    (await ctx.db.get(runId))?.members.map(({ provider, model }) => ({ provider, model })) ?? null,
});

export const finish = internalMutation({
  args: {
    runId: v.id("councilRuns"),
    status: v.union(v.literal("done"), v.literal("degraded"), v.literal("stopped"), v.literal("failed")),
    finalText: v.string(),
    chairman: v.optional(councilModel),
    note: v.optional(v.string()),
  },
  handler: async (ctx, { runId, ...end }) => {
    const run = await ctx.db.get(runId);
    if (!run || run.status !== "running") return;
    await ctx.db.patch(runId, { ...end, chairman: end.chairman ?? run.chairman, finishedAt: Date.now() });
  },
});
