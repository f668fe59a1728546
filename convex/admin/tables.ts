import { defineTable } from "convex/server";
import { v } from "convex/values";

/** A value an admin change replaced or set: a tier name, a cap in micro-USD, or null for "none". */
export const auditValue = v.union(v.string(), v.number(), v.null());
export const auditAction = v.union(
  v.literal("set_tier"),
  v.literal("set_daily_cap"),
  // Role changes made at sign-in (users.me.ensure); the actor is the user signing in.
  v.literal("grant_admin"),
  v.literal("revoke_admin"),
);
/** Why a role changed: the ADMIN_EMAILS list, or the offline dev issuer's dev_role claim. */
export const auditSource = v.union(v.literal("admin_emails"), v.literal("dev_issuer"));

export const adminTables = {
  /** Every admin change: who, what, to whom, from what to what, when. Append-only. */
  auditLog: defineTable({
    actorId: v.id("users"),
    action: auditAction,
    targetId: v.id("users"),
    before: auditValue,
    after: auditValue,
    source: v.optional(auditSource),
    at: v.number(),
  })
    .index("by_at", ["at"])
    .index("by_target_at", ["targetId", "at"]),
};
