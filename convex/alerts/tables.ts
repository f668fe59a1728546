import { defineTable } from "convex/server";
import { v } from "convex/values";

const alertLevel = v.union(v.literal("info"), v.literal("warning"), v.literal("error"));

export const alertTables = {
  /** Every alert condition, de-duplicated per kind, subject and UTC day (`record.ts`). */
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
