import { v } from "convex/values";
import type { QueryCtx } from "../_generated/server";
import { adminQuery } from "../lib/functions";

export const FEED_SIZE = 50;

/** The newest alerts, newest first (the table is append-only, so creation order is time order). */
export async function recentAlerts(ctx: QueryCtx, limit = FEED_SIZE) {
  const rows = await ctx.db
    .query("alerts")
    .order("desc")
    .take(Math.min(Math.max(1, Math.floor(limit)), FEED_SIZE));
  return rows.map(({ _id, _creationTime, kind, subject, day, level, message, userId }) => ({
    _id,
    at: _creationTime,
    kind,
    subject,
    day,
    level,
    message,
    userId: userId ?? null,
  }));
}

export const list = adminQuery({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, { limit }) => recentAlerts(ctx, limit),
});
