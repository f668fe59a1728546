import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Doc } from "../_generated/dataModel";
import { userMutation, userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { ownMessage } from "../chat/ownership";
import { runLanguageOf } from "../../rules/code-execution";
import { codeBlocksOf, runnableBlockAt, sha256Hex } from "./code-blocks";
import { codeExecutionEnabled, configuredRunTimeoutMs } from "./config";
import { holdRunCost } from "./hold";
import { consumeCodeRun } from "./limits";

/** After this long past its timeout, a run still "running" is abandoned (its action died). */
export const STALE_MARGIN_MS = 120_000;

/** Whether this deployment runs code (it has E2B_API_KEY): the SPA shows Run buttons only then. Never the key. */
export const enabled = userQuery({
  args: {},
  handler: async () => ({ enabled: codeExecutionEnabled(), timeoutMs: configuredRunTimeoutMs() }),
});

/**
 * A reply's code blocks as the server numbers them (how many, and which ones
 * run in which language), with the latest run of each: the SPA puts Run
 * buttons by this numbering, so both sides agree on which block is which.
 */
export const forMessage = userQuery({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ownMessage(ctx, ctx.user, messageId);
    const blocks = codeBlocksOf(message.content);
    const runnable = blocks.flatMap((block, index) => {
      const language = block.codeBlockStyle === "indented" ? null : runLanguageOf(block.lang);
      return language ? [{ index, language }] : [];
    });
    const all = await ctx.db
      .query("codeRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .order("desc")
      .take(100);
    const latest = new Map<number, Doc<"codeRuns">>();
    for (const run of all) if (!latest.has(run.blockIndex)) latest.set(run.blockIndex, run);
    // Holds and ids of other tables are bookkeeping, not for the client.
    const runs = [...latest.values()].map(({ reservation: _r, ownerId: _o, conversationId: _c, ...run }) => run);
    return { blockCount: blocks.length, runnable, runs };
  },
});

/**
 * The user clicked Run on code block `blockIndex` of their reply. The code is
 * read from the stored reply here (never sent by the client); limits, quota
 * and the cost hold are taken in this one transaction, so a refusal leaves nothing behind.
 */
export const start = userMutation({
  args: { messageId: v.id("messages"), blockIndex: v.number() },
  handler: async (ctx, { messageId, blockIndex }) => {
    if (!codeExecutionEnabled()) throw appError("code_execution_disabled");
    const message = await ownMessage(ctx, ctx.user, messageId);
    if (message.role !== "assistant" || (message.status !== "done" && message.status !== "stopped")) {
      throw appError("invalid_input", { message: "Only code in a finished reply can run." });
    }
    const block = runnableBlockAt(message.content, blockIndex);
    const now = Date.now();
    const running = await ctx.db
      .query("codeRuns")
      .withIndex("by_conversation_status", (q) =>
        q.eq("conversationId", message.conversationId).eq("status", "running"),
      )
      .first();
    if (running) throw appError("code_execution_busy");
    await consumeCodeRun(ctx, ctx.user, now);
    const timeoutMs = configuredRunTimeoutMs();
    const reservation = await holdRunCost(ctx, ctx.user, timeoutMs, now);
    const runId = await ctx.db.insert("codeRuns", {
      messageId,
      conversationId: message.conversationId,
      ownerId: ctx.user._id,
      blockIndex,
      language: block.language,
      codeHash: await sha256Hex(block.code),
      status: "running",
      stdout: "",
      stderr: "",
      stdoutTruncated: false,
      stderrTruncated: false,
      results: [],
      startedAt: now,
      reservation,
    });
    await ctx.scheduler.runAfter(0, internal.code.execute.run, { runId });
    await ctx.scheduler.runAfter(timeoutMs + STALE_MARGIN_MS, internal.code.progress.abandon, { runId });
    return runId;
  },
});
