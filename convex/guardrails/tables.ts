import { defineTable } from "convex/server";
import { rateLimitTables } from "convex-helpers/server/rateLimit";
import { v } from "convex/values";

export const alertLevel = v.union(v.literal("info"), v.literal("warning"), v.literal("error"));

export const guardrailTables = {
  // convex-helpers' rate limit state (conversation creation): shared by every server instance.
  ...rateLimitTables,

  /**
   * The rolling per-minute chat limit's sliding log: one row per admitted
   * request, pruned as new ones are admitted (rules/rate-window.ts).
   */
  chatAdmissions: defineTable({
    userId: v.id("users"),
    at: v.number(),
  }).index("by_user_at", ["userId", "at"]),

  /** What one user keeps, counted as it is stored and deleted, for the storage quotas. */
  storageCounts: defineTable({
    userId: v.id("users"),
    conversations: v.number(),
    messages: v.number(),
  }).index("by_user", ["userId"]),

  /** One row per user per UTC day: what is spent and what is held by replies in flight. */
  dailySpend: defineTable({
    userId: v.id("users"),
    day: v.string(),
    spentMicros: v.number(),
    reservedMicros: v.number(),
  }).index("by_user_day", ["userId", "day"]),

  /** Every alert condition, de-duplicated per kind, subject and UTC day. */
  alerts: defineTable({
    kind: v.string(),
    subject: v.string(),
    day: v.string(),
    level: alertLevel,
    message: v.string(),
    userId: v.optional(v.id("users")),
  })
    .index("by_dedupe", ["kind", "subject", "day"])
    .index("by_user", ["userId"]),
};
