import { v } from "convex/values";
import { internal } from "../_generated/api";
import { internalMutation } from "../_generated/server";
import { deleteConversationCascade } from "../chat/cascade";
import { utcDayKey } from "../../rules/daily-budget";
import { cutoffFor, isExpired, METRICS_RETENTION_DAYS, retentionDays } from "./retention-cutoff";

// Small batches keep each transaction far inside Convex's limits; each batch
// schedules the next until nothing old is left.
const CONVERSATIONS_SCANNED_PER_BATCH = 25;
const METRIC_ROWS_PER_BATCH = 200;

/** The daily cron: fixes both cutoffs once, so the batches of one run agree on them. */
export const daily = internalMutation({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    const days = retentionDays(process.env.RETENTION_DAYS);
    await ctx.scheduler.runAfter(0, internal.retention.purge.conversations, { cutoff: cutoffFor(now, days) });
    await ctx.scheduler.runAfter(0, internal.retention.purge.metrics, {
      cutoff: cutoffFor(now, METRICS_RETENTION_DAYS),
    });
    console.log(JSON.stringify({ event: "retention_started", days, metricsDays: METRICS_RETENTION_DAYS }));
  },
});

/**
 * Deletes conversations last updated before the cutoff, with their messages,
 * giving back any cost still held. A conversation is created before it is
 * updated, so walking creation order up to the cutoff finds every candidate.
 */
export const conversations = internalMutation({
  args: { cutoff: v.number(), cursor: v.optional(v.union(v.string(), v.null())) },
  handler: async (ctx, { cutoff, cursor }) => {
    const batch = await ctx.db
      .query("conversations")
      .withIndex("by_creation_time", (q) => q.lt("_creationTime", cutoff))
      .paginate({ cursor: cursor ?? null, numItems: CONVERSATIONS_SCANNED_PER_BATCH });
    const expired = batch.page.filter((c) => isExpired(c.updatedAt, cutoff));
    for (const conversation of expired) await deleteConversationCascade(ctx, conversation._id);
    if (!batch.isDone)
      await ctx.scheduler.runAfter(0, internal.retention.purge.conversations, { cutoff, cursor: batch.continueCursor });
    console.log(JSON.stringify({ event: "retention_conversations", deleted: expired.length, more: !batch.isDone }));
  },
});

/** Deletes raw reply metrics, minute/hour/day roll-ups and limit hits older than the cutoff ("total" rows stay). */
export const metrics = internalMutation({
  args: { cutoff: v.number() },
  handler: async (ctx, { cutoff }) => {
    const n = METRIC_ROWS_PER_BATCH;
    const batches = [
      await ctx.db
        .query("replyMetrics")
        .withIndex("by_at", (q) => q.lt("at", cutoff))
        .take(n),
      await ctx.db
        .query("limitHits")
        .withIndex("by_minute", (q) => q.lt("minuteStart", cutoff))
        .take(n),
      ...(await Promise.all(
        (["minute", "hour", "day"] as const).map((granularity) =>
          ctx.db
            .query("metricRollups")
            .withIndex("by_key", (q) => q.eq("granularity", granularity).lt("bucketStart", cutoff))
            .take(n),
        ),
      )),
    ];
    const spend = await ctx.db
      .query("spendByUserDay")
      .withIndex("by_day_cost", (q) => q.lt("day", utcDayKey(cutoff)))
      .take(n);
    const rows = [...batches.flat(), ...spend];
    for (const row of rows) await ctx.db.delete(row._id);
    const more = [...batches, spend].some((b) => b.length === n);
    if (more) await ctx.scheduler.runAfter(0, internal.retention.purge.metrics, { cutoff });
    console.log(JSON.stringify({ event: "retention_metrics", deleted: rows.length, more }));
  },
});
