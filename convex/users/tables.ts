import { defineTable } from "convex/server";
import { v } from "convex/values";

export const tierValidator = v.union(v.literal("free"), v.literal("pro"), v.literal("enterprise"));
export const roleValidator = v.union(v.literal("user"), v.literal("admin"));

export const userTables = {
  users: defineTable({
    tokenIdentifier: v.string(),
    name: v.string(),
    email: v.optional(v.string()),
    tier: tierValidator,
    role: roleValidator,
    /** Per-user override of the tier's daily cost cap, micro-USD. */
    dailyCapOverrideMicros: v.optional(v.number()),
  })
    .index("by_token", ["tokenIdentifier"])
    .index("by_email", ["email"]),

  /** A user's custom instructions (convex/users/instructions.ts): one row per user, checked by the input rules when saved. */
  customInstructions: defineTable({
    ownerId: v.id("users"),
    text: v.string(),
    /** Input-rule heuristics that matched (e.g. prompt injection): saved, but recorded. */
    flags: v.optional(v.array(v.string())),
    updatedAt: v.number(),
  }).index("by_owner", ["ownerId"]),
};
