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
  /** One row per provider, shared by every action: breaker, request budget, key cursor. */
  providerState: defineTable({
    provider: v.string(),
    breaker: breakerValidator,
    budgetWindow: v.optional(v.object({ windowStart: v.number(), count: v.number() })),
    keyCursor: v.number(),
    inFlight: v.number(),
  }).index("by_provider", ["provider"]),

  /** Requests per key per UTC day. Keys appear only by id, never by value. */
  keyUsage: defineTable({ provider: v.string(), keyId: v.string(), day: v.string(), used: v.number(), bad: v.boolean() })
    .index("by_provider_day", ["provider", "day"]),

  /** One row per provider call, for health and metrics. */
  providerCalls: defineTable({ provider: v.string(), ok: v.boolean(), errorClass: v.optional(v.string()), at: v.number() })
    .index("by_provider_at", ["provider", "at"])
    .index("by_at", ["at"]),

  /** Generations waiting for a provider's request budget, oldest first. */
  generationQueue: defineTable({ messageId: v.id("messages"), enqueuedAt: v.number() })
    .index("by_message", ["messageId"])
    .index("by_enqueued", ["enqueuedAt"]),
};
