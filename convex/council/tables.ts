import { defineTable } from "convex/server";
import { v } from "convex/values";

export const councilStage = v.union(v.literal("answer"), v.literal("review"), v.literal("chair"));
export const councilModel = v.object({ provider: v.string(), model: v.string() });
export const callUsage = v.object({ promptTokens: v.number(), completionTokens: v.number(), estimated: v.boolean() });
export const rankingParse = v.object({
  status: v.union(v.literal("parsed"), v.literal("partial"), v.literal("unparsed")),
  order: v.array(v.string()),
  missing: v.optional(v.array(v.string())),
  reason: v.optional(v.string()),
});
export const aggregateEntry = v.object({
  label: v.string(),
  meanRank: v.union(v.number(), v.null()),
  votes: v.number(),
});
const callStatus = v.union(v.literal("running"), v.literal("done"), v.literal("failed"), v.literal("waiting"));

export const councilRunStatus = v.union(
  v.literal("running"),
  v.literal("done"),
  v.literal("degraded"), // fewer than two answers, or no chairman: a normal reply, `note` says why
  v.literal("stopped"),
  v.literal("failed"),
);

export const councilMember = v.object({
  provider: v.string(),
  model: v.string(),
  answerStatus: callStatus,
  answer: v.string(),
  reviewStatus: callStatus,
  review: v.string(),
  ranking: v.optional(rankingParse),
  failure: v.optional(v.string()),
});

export const councilTables = {
  /** One council for one assistant message: its members, stages, rankings and final answer. */
  councilRuns: defineTable({
    messageId: v.id("messages"),
    ownerId: v.id("users"),
    status: councilRunStatus,
    stage: councilStage,
    members: v.array(councilMember),
    /** Which member wrote "Response A"…: shown to no model, and to the user only once the run has ended. */
    labels: v.optional(v.array(v.object({ label: v.string(), member: v.number() }))),
    aggregate: v.optional(v.array(aggregateEntry)),
    /** The chairman writing (or who wrote) the final answer; earlier ones that failed are in `chairmanFailures`. */
    chairman: v.optional(councilModel),
    chairmanFailures: v.array(v.object({ provider: v.string(), model: v.string(), reason: v.string() })),
    finalText: v.string(),
    note: v.optional(v.string()),
    /** Every call's usage, so each settles its own part of the hold. */
    calls: v.array(
      v.object({
        stage: councilStage,
        member: v.number(),
        provider: v.string(),
        model: v.string(),
        usage: callUsage,
        costMicros: v.number(),
      }),
    ),
    startedAt: v.number(),
    finishedAt: v.optional(v.number()),
  }).index("by_message", ["messageId"]),
};
