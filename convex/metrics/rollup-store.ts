import type { Doc } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { pickShard } from "../lib/shards";
import {
  addCounters,
  bucketStart,
  countersOf,
  emptyCounters,
  mergeMetric,
  type Granularity,
  type ReplyMetric,
  type RollupCounters,
} from "./rollup";

export const WRITTEN_GRANULARITIES: readonly Granularity[] = ["minute", "hour", "day", "total"];

/** Adds one reply to its minute, hour, day and total rows (one shard of each, picked at random), creating them on first use. */
export async function bumpRollups(ctx: MutationCtx, metric: ReplyMetric, shard = pickShard()) {
  for (const granularity of WRITTEN_GRANULARITIES) {
    const key = {
      granularity,
      bucketStart: bucketStart(granularity, metric.at),
      provider: metric.provider,
      model: metric.model,
      shard,
    };
    const row = await ctx.db
      .query("metricRollups")
      .withIndex("by_key", (q) =>
        q
          .eq("granularity", key.granularity)
          .eq("bucketStart", key.bucketStart)
          .eq("provider", key.provider)
          .eq("model", key.model)
          .eq("shard", shard),
      )
      .unique();
    if (row) await ctx.db.patch(row._id, mergeMetric(countersOf(row), metric));
    else await ctx.db.insert("metricRollups", { ...key, ...mergeMetric(emptyCounters(), metric) });
  }
}

/** Roll-up rows of one granularity whose bucket starts in [from, to), every shard. Bounded by buckets × models × shards. */
export async function rollupsBetween(
  ctx: QueryCtx,
  granularity: Granularity,
  from: number,
  to: number,
): Promise<Doc<"metricRollups">[]> {
  return ctx.db
    .query("metricRollups")
    .withIndex("by_key", (q) => q.eq("granularity", granularity).gte("bucketStart", from).lt("bucketStart", to))
    .collect();
}

/** Everything in the rows, summed. */
export function sumRows(rows: readonly Doc<"metricRollups">[]): RollupCounters {
  return rows.reduce((sum, row) => addCounters(sum, countersOf(row)), emptyCounters());
}

/** Rows summed per key (e.g. per model, or per day and model): the shards of one key become one sum. */
export function sumRowsBy<K extends string>(
  rows: readonly Doc<"metricRollups">[],
  keyOf: (row: Doc<"metricRollups">) => K,
): Map<K, RollupCounters> {
  const sums = new Map<K, RollupCounters>();
  for (const row of rows) sums.set(keyOf(row), addCounters(sums.get(keyOf(row)) ?? emptyCounters(), countersOf(row)));
  return sums;
}

/** The last hour's counters, from minute rows (the current minute included). */
export async function lastHour(ctx: QueryCtx, now: number) {
  const end = bucketStart("minute", now) + 60_000;
  return rollupsBetween(ctx, "minute", end - 60 * 60_000, end);
}

/** The last 24 hours' counters, from hour rows (the current hour included). */
export async function lastDay(ctx: QueryCtx, now: number) {
  const end = bucketStart("hour", now) + 3_600_000;
  return rollupsBetween(ctx, "hour", end - 24 * 3_600_000, end);
}
