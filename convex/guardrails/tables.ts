import { defineTable } from "convex/server";
import { rateLimitTables } from "convex-helpers/server/rateLimit";
import { v } from "convex/values";

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

  /**
   * The deployment's spend per UTC day, across every user: one row a day,
   * written only when GLOBAL_DAILY_CAP_USD is set (it is then every hold's
   * and every settlement's hot document; see daily-spend.ts).
   */
  globalSpend: defineTable({ day: v.string(), spentMicros: v.number(), reservedMicros: v.number() }).index("by_day", [
    "day",
  ]),

  /**
   * One row per generation attempt: its id is the attempt id written on the
   * message at `start`. Only the attempt holding it can settle it, once
   * (held → settled), and it outlives the message, so deleting a
   * conversation mid-reply cannot make the reply free.
   */
  holds: defineTable({
    userId: v.id("users"),
    messageId: v.id("messages"),
    /** The UTC day the hold was taken: the spend lands on it. */
    day: v.string(),
    micros: v.number(),
    /** Counted in the deployment-wide row too (GLOBAL_DAILY_CAP_USD was set when it was taken). */
    global: v.optional(v.boolean()),
    /** A user's own key: nothing is held on our budget; the row only makes the ending happen once. */
    byok: v.optional(v.boolean()),
    /** The prompt's token count at start, so a sweep can price a dead attempt. */
    promptTokens: v.number(),
    heldAt: v.number(),
    state: v.union(v.literal("held"), v.literal("settled")),
    costMicros: v.optional(v.number()),
    settledBy: v.optional(v.union(v.literal("generation"), v.literal("sweep"))),
    settledAt: v.optional(v.number()),
  })
    .index("by_state_held_at", ["state", "heldAt"])
    .index("by_message", ["messageId"]),
};
