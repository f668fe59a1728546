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
};
