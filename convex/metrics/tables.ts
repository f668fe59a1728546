import { defineTable } from "convex/server";
import { v } from "convex/values";
import { replyTierValidator } from "../cache/tables";

export const outcomeValidator = v.union(
  v.literal("done"),
  v.literal("failed"),
  v.literal("stopped"),
  v.literal("cached"),
);
export const granularityValidator = v.union(
  v.literal("minute"),
  v.literal("hour"),
  v.literal("day"),
  v.literal("total"),
);
export const limitKindValidator = v.union(v.literal("rate_limited"), v.literal("daily_cost_cap"));

/** The counters of one roll-up bucket (see rollup.ts for their meaning). */
export const rollupCounterFields = {
  count: v.number(),
  done: v.number(),
  failed: v.number(),
  stopped: v.number(),
  cached: v.number(),
  promptTokens: v.number(),
  completionTokens: v.number(),
  costMicros: v.number(),
  cacheHits: v.number(),
  cacheMisses: v.number(),
  latencyBuckets: v.array(v.number()),
  latencySumMs: v.number(),
  firstTokenSumMs: v.number(),
  firstTokenCount: v.number(),
  queueWaitSumMs: v.number(),
  queueWaitCount: v.number(),
  errorClasses: v.array(v.object({ errorClass: v.string(), count: v.number() })),
  /** Optional: rows written before failovers were counted lack it (read as 0). */
  failovers: v.optional(v.number()),
  /** Answered replies per serving tier and the server cache's embedding spend; optional: older rows lack them (read as 0). */
  tierBrowser: v.optional(v.number()),
  tierExact: v.optional(v.number()),
  tierSemantic: v.optional(v.number()),
  tierFresh: v.optional(v.number()),
  tierPool: v.optional(v.number()),
  tierRelaxed: v.optional(v.number()),
  embeddingMicros: v.optional(v.number()),
};

export const metricTables = {
  /** One row per finished reply (never per token). Keys appear by id only; no prompt or reply text. */
  replyMetrics: defineTable({
    messageId: v.id("messages"),
    userId: v.id("users"),
    outcome: outcomeValidator,
    provider: v.string(),
    model: v.string(),
    keyId: v.optional(v.string()),
    queueWaitMs: v.optional(v.number()),
    firstTokenMs: v.optional(v.number()),
    totalMs: v.number(),
    promptTokens: v.number(),
    completionTokens: v.number(),
    costMicros: v.number(),
    cacheHit: v.boolean(),
    cacheTier: v.optional(replyTierValidator),
    embeddingMicros: v.optional(v.number()),
    errorClass: v.optional(v.string()),
    /** Attempts spanned more than one provider: from `fromProvider` (the first) to `provider` (the last). Absent on older rows. */
    failedOver: v.optional(v.boolean()),
    fromProvider: v.optional(v.string()),
    /** Generated with the user's own key: not the deployment's provider, key or spend. */
    byok: v.optional(v.boolean()),
    at: v.number(),
  })
    .index("by_at", ["at"])
    // "Recent failovers" reads only failovers, newest first, however many plain replies there are.
    .index("by_failover_at", ["failedOver", "at"]),

  /**
   * Counters per minute, hour and UTC day, plus never-expiring "total" rows
   * (bucketStart 0) per provider and model that /metrics reads, so its
   * counters only ever go up. Updated in the transaction that ends the reply,
   * on one of the key's shards (picked at random), so concurrent replies do
   * not all write the same document; readers sum the shards.
   */
  metricRollups: defineTable({
    granularity: granularityValidator,
    bucketStart: v.number(),
    provider: v.string(),
    model: v.string(),
    /** Which of the key's SHARDS rows (convex/lib/shards.ts): each reply writes one at random; readers sum them. Absent on older rows. */
    shard: v.optional(v.number()),
    ...rollupCounterFields,
  }).index("by_key", ["granularity", "bucketStart", "provider", "model", "shard"]),

  /** Cost per user per UTC day, indexed by amount: "top spenders today" without scanning dailySpend. */
  spendByUserDay: defineTable({ userId: v.id("users"), day: v.string(), costMicros: v.number() })
    .index("by_day_cost", ["day", "costMicros"])
    .index("by_user_day", ["userId", "day"]),

  /** A refused send, reported at most once per user, kind and minute (the refused transaction itself rolled back). */
  limitHits: defineTable({ userId: v.id("users"), kind: limitKindValidator, minuteStart: v.number() })
    .index("by_user_kind_minute", ["userId", "kind", "minuteStart"])
    .index("by_minute", ["minuteStart"]),

  /** Running totals of limitHits per kind, for the /metrics counter, sharded like the roll-ups (readers sum per kind). */
  limitHitTotals: defineTable({ kind: limitKindValidator, total: v.number(), shard: v.optional(v.number()) }).index(
    "by_kind",
    ["kind", "shard"],
  ),
};
