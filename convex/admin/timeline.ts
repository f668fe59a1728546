import { v } from "convex/values";
import { adminQuery } from "../lib/functions";
import { bucketStart } from "../metrics/rollup";
import { rollupsBetween } from "../metrics/rollup-store";
import { timelineOf } from "../metrics/timeline";

/** The same windows as the overview's lastHour (minute rows) and lastDay (hour rows). */
const WINDOWS = {
  hour: { granularity: "minute", spanMs: 60_000, buckets: 60 },
  day: { granularity: "hour", spanMs: 3_600_000, buckets: 24 },
} as const;

/** Replies by outcome, failovers and latency percentiles per minute (last hour) or per hour (last 24 h), oldest first. */
export const get = adminQuery({
  args: { window: v.union(v.literal("hour"), v.literal("day")) },
  handler: async (ctx, { window }) => {
    const { granularity, spanMs, buckets } = WINDOWS[window];
    const end = bucketStart(granularity, Date.now()) + spanMs;
    const from = end - buckets * spanMs;
    const rows = await rollupsBetween(ctx, granularity, from, end);
    return { window, spanMs, points: timelineOf(rows, from, spanMs, buckets) };
  },
});
