import { v } from "convex/values";
import { internalMutation, internalQuery } from "../_generated/server";
import { runnableBlockAt } from "./code-blocks";
import { configuredRunTimeoutMs } from "./config";
import { settleRunCost } from "./hold";
import { runError, runOutput, runStatus } from "./tables";

/** What the action needs: the code (from the stored reply again), its language and the conversation's sandbox. */
export const loadJob = internalQuery({
  args: { runId: v.id("codeRuns") },
  handler: async (ctx, { runId }) => {
    const run = await ctx.db.get(runId);
    const message = run && (await ctx.db.get(run.messageId));
    if (!run || run.status !== "running" || !message) return null;
    const { code, language } = runnableBlockAt(message.content, run.blockIndex);
    const sandbox = await ctx.db
      .query("codeSandboxes")
      .withIndex("by_conversation", (q) => q.eq("conversationId", run.conversationId))
      .unique();
    return {
      code,
      language,
      timeoutMs: configuredRunTimeoutMs(),
      sandbox: sandbox ? { id: sandbox.sandboxId, paidUntil: sandbox.paidUntil } : null,
    };
  },
});

/** Output so far, while the run streams (at most 4 writes a second, from the action). */
export const save = internalMutation({
  args: { runId: v.id("codeRuns"), ...runOutput },
  handler: async (ctx, { runId, ...output }) => {
    const run = await ctx.db.get(runId);
    if (run?.status === "running") await ctx.db.patch(runId, output);
  },
});

/**
 * The run's end: final output, status, and its one settlement — the sandbox
 * time it bought, against its hold. The conversation's sandbox is remembered
 * for the next run (with what is paid), or forgotten when it was killed.
 */
export const finish = internalMutation({
  args: {
    runId: v.id("codeRuns"),
    status: runStatus,
    ...runOutput,
    error: v.optional(runError),
    failure: v.optional(v.string()),
    durationMs: v.number(),
    costMicros: v.number(),
    sandbox: v.union(v.null(), v.object({ id: v.string(), paidUntil: v.number() })),
  },
  handler: async (ctx, { runId, sandbox, ...outcome }) => {
    const run = await ctx.db.get(runId);
    if (!run || run.status !== "running") return;
    await ctx.db.patch(runId, { ...outcome, reservation: undefined });
    if (run.reservation) await settleRunCost(ctx, run.ownerId, run.reservation, outcome.costMicros);
    const known = await ctx.db
      .query("codeSandboxes")
      .withIndex("by_conversation", (q) => q.eq("conversationId", run.conversationId))
      .unique();
    if (known) await ctx.db.delete(known._id);
    if (sandbox)
      await ctx.db.insert("codeSandboxes", {
        conversationId: run.conversationId,
        sandboxId: sandbox.id,
        paidUntil: sandbox.paidUntil,
      });
  },
});

/** Watchdog: a run whose action died is failed and its hold given back, so the conversation can run code again. */
export const abandon = internalMutation({
  args: { runId: v.id("codeRuns") },
  handler: async (ctx, { runId }) => {
    const run = await ctx.db.get(runId);
    if (!run || run.status !== "running") return;
    await ctx.db.patch(runId, {
      status: "failed",
      failure: "This run stopped answering. Try again.",
      reservation: undefined,
    });
    if (run.reservation) await settleRunCost(ctx, run.ownerId, run.reservation, 0);
  },
});
