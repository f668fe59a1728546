import { v } from "convex/values";
import { tallyByModel } from "../../rules/feedback";
import { adminQuery } from "../lib/functions";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Enough for a dashboard; a busier deployment would roll ratings up like the metrics do. */
const MAX_ROWS = 5_000;
const RECENT_REASONS = 20;

/**
 * Admin dashboard: ratings per model over the last `days` (default 7), and
 * the newest reasons given. Reasons are users' words: admins only, never analytics.
 */
export const summary = adminQuery({
  args: { days: v.optional(v.number()) },
  handler: async (ctx, { days }) => {
    const since = Date.now() - Math.min(Math.max(days ?? 7, 1), 90) * DAY_MS;
    const rows = await ctx.db
      .query("replyFeedback")
      .withIndex("by_updated", (q) => q.gte("updatedAt", since))
      .order("desc")
      .take(MAX_ROWS);
    const reasons = rows
      .filter((row) => row.reason !== undefined)
      .slice(0, RECENT_REASONS)
      .map(({ _id, rating, reason, provider, model, updatedAt }) => ({
        id: _id,
        rating,
        reason: reason!,
        model: provider ? `${provider} · ${model ?? "?"}` : "unknown",
        updatedAt,
      }));
    return { byModel: tallyByModel(rows), reasons, counted: rows.length, truncated: rows.length === MAX_ROWS };
  },
});
