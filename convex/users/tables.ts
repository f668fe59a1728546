import { defineTable } from "convex/server";
import { v } from "convex/values";
import { ROLES, TIERS } from "../../rules/entitlements";
import { literalUnion } from "../providers/validators";

export const tierValidator = literalUnion(TIERS);
export const roleValidator = literalUnion(ROLES);

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

  /**
   * Custom instructions (convex/users/instructions.ts), checked by the input rules when saved: one row per
   * user (no conversationId) and at most one per conversation of theirs.
   */
  customInstructions: defineTable({
    ownerId: v.id("users"),
    conversationId: v.optional(v.id("conversations")),
    text: v.string(),
    /** Input-rule heuristics that matched (e.g. prompt injection): saved, but recorded. */
    flags: v.optional(v.array(v.string())),
    updatedAt: v.number(),
  }).index("by_owner_conversation", ["ownerId", "conversationId"]),
};
