import { defineTable } from "convex/server";
import { v } from "convex/values";

export const breakerValidator = v.object({
  state: v.union(v.literal("closed"), v.literal("open"), v.literal("half_open")),
  consecutiveFailures: v.number(),
  openedAt: v.optional(v.number()),
  probeInFlight: v.boolean(),
  probeStartedAt: v.optional(v.number()),
});

export const providerTables = {
  /**
   * One row per provider: its circuit breaker, written only when the breaker
   * changes (a healthy provider's row is not written at all). The budget,
   * key cursor and in-flight count moved to providerShards; the old fields
   * stay optional for rows written before.
   */
  providerState: defineTable({
    provider: v.string(),
    breaker: breakerValidator,
    budgetWindow: v.optional(v.object({ windowStart: v.number(), count: v.number() })),
    keyCursor: v.optional(v.number()),
    inFlight: v.optional(v.number()),
  }).index("by_provider", ["provider"]),

  /**
   * The provider's hot counters split over shards (state.ts): each call is
   * admitted by one shard picked at random, against that shard's share of the
   * requests-per-minute budget, and counts its key use and in-flight call
   * there. Readers sum the shards.
   */
  providerShards: defineTable({
    provider: v.string(),
    shard: v.number(),
    budgetWindow: v.optional(v.object({ windowStart: v.number(), count: v.number() })),
    keyCursor: v.number(),
    /** Calls this shard admitted (ever); calls in flight = their sum − the `calls_ended:<provider>` counter (state.ts). */
    inFlight: v.number(),
  }).index("by_provider_shard", ["provider", "shard"]),

  /**
   * Requests per key per UTC day, per budget shard (each shard counts against
   * its share of the key's daily quota); a rejected key's `bad` mark is kept
   * on a row without a shard, read by every shard and written only on
   * rejection. Keys appear only by id, never by value.
   */
  keyUsage: defineTable({
    provider: v.string(),
    keyId: v.string(),
    day: v.string(),
    used: v.number(),
    bad: v.boolean(),
    shard: v.optional(v.number()),
  }).index("by_provider_day", ["provider", "day", "shard"]),

  /** One row per provider call, for health and metrics. */
  providerCalls: defineTable({
    provider: v.string(),
    ok: v.boolean(),
    errorClass: v.optional(v.string()),
    at: v.number(),
  })
    .index("by_provider_at", ["provider", "at"])
    .index("by_at", ["at"]),

  /** Generations waiting for a provider's request budget, oldest first. */
  generationQueue: defineTable({ messageId: v.id("messages"), enqueuedAt: v.number() })
    .index("by_message", ["messageId"])
    .index("by_enqueued", ["enqueuedAt"]),
};
