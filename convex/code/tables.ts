import { defineTable } from "convex/server";
import { v } from "convex/values";

export const runStatus = v.union(
  v.literal("running"),
  v.literal("done"), // ran to the end (the code itself may have raised: see `error`)
  v.literal("timeout"), // stopped at the per-run timeout
  v.literal("failed"), // the sandbox could not run it (E2B down, sandbox lost mid-run…)
);

/** One rich output (E2B `result`), reduced to the one format we show. */
export const runResult = v.object({
  format: v.union(
    v.literal("png"),
    v.literal("jpeg"),
    v.literal("text"),
    v.literal("html"),
    v.literal("svg"),
    v.literal("markdown"),
    v.literal("latex"),
    v.literal("json"),
    v.literal("javascript"),
    v.literal("note"),
  ),
  data: v.string(),
});

export const runOutput = {
  stdout: v.string(),
  stderr: v.string(),
  stdoutTruncated: v.boolean(),
  stderrTruncated: v.boolean(),
  results: v.array(runResult),
};

export const runError = v.object({ name: v.string(), value: v.string(), traceback: v.string() });

export const codeTables = {
  /** A run of one code block of one reply; the latest per block is what the reply shows. */
  codeRuns: defineTable({
    messageId: v.id("messages"),
    conversationId: v.id("conversations"),
    ownerId: v.id("users"),
    blockIndex: v.number(),
    language: v.string(),
    /** SHA-256 of the code that ran (hex): which code produced this output. */
    codeHash: v.string(),
    status: runStatus,
    ...runOutput,
    error: v.optional(runError),
    /** Why a run timed out or failed, written for users. */
    failure: v.optional(v.string()),
    startedAt: v.number(),
    durationMs: v.optional(v.number()),
    costMicros: v.optional(v.number()),
    /** Sandbox time held against the user's day until the run settles (cleared when it does). */
    reservation: v.optional(v.object({ day: v.string(), micros: v.number() })),
  })
    .index("by_message", ["messageId"])
    .index("by_conversation_status", ["conversationId", "status"]),

  /** The conversation's live E2B sandbox, and up to when its time is paid for. */
  codeSandboxes: defineTable({
    conversationId: v.id("conversations"),
    sandboxId: v.string(),
    paidUntil: v.number(),
  }).index("by_conversation", ["conversationId"]),
};
