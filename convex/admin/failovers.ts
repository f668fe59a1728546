import { v } from "convex/values";
import { adminQuery } from "../lib/functions";

export const MAX_FAILOVERS = 50;

/** Newest replies that failed over from one provider to another, newest first (an index holds only them). */
export const recent = adminQuery({
  args: { limit: v.optional(v.number()) },
  handler: async (ctx, { limit }) => {
    const count = Number.isFinite(limit) ? Math.min(Math.max(1, Math.floor(limit!)), MAX_FAILOVERS) : MAX_FAILOVERS;
    const rows = await ctx.db
      .query("replyMetrics")
      .withIndex("by_failover_at", (q) => q.eq("failedOver", true))
      .order("desc")
      .take(count);
    // No user or message ids: an operator needs the path and the outcome, not whose reply it was.
    return rows.map((r) => ({
      _id: r._id,
      at: r.at,
      fromProvider: r.fromProvider ?? "unknown",
      toProvider: r.provider,
      model: r.model,
      outcome: r.outcome,
      errorClass: r.errorClass ?? null,
    }));
  },
});
