import { defineTable } from "convex/server";
import { rateLimitTables } from "convex-helpers/server/rateLimit";
import { v } from "convex/values";

export const alertLevel = v.union(v.literal("info"), v.literal("warning"), v.literal("error"));

export const guardrailTables = {
  // convex-helpers' rate limit state: shared by every server instance.
  ...rateLimitTables,

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
