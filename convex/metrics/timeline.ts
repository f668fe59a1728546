// Roll-up rows as a time series for the dashboard's charts: one point per
// bucket, empty buckets included, so a quiet minute shows as a gap rather
// than vanishing from the axis. Pure.
import { percentileFromBuckets } from "./percentiles";
import {
  addCounters,
  countersOf,
  emptyCounters,
  LATENCY_BOUNDS_MS,
  type RollupCounters,
  type StoredCounters,
} from "./rollup";

export type TimelinePoint = {
  /** Bucket start, epoch ms. */
  start: number;
  replies: number;
  done: number;
  cached: number;
  failed: number;
  stopped: number;
  failovers: number;
  /** Estimated from the bucket's histogram; null when nothing was answered in it. */
  latencyMs: { p50: number | null; p95: number | null; p99: number | null };
};

/** `buckets` points of `spanMs` each from `from`; rows outside that range are ignored. */
export function timelineOf(
  rows: readonly (StoredCounters & { bucketStart: number })[],
  from: number,
  spanMs: number,
  buckets: number,
): TimelinePoint[] {
  const sums = new Map<number, RollupCounters>();
  for (const row of rows)
    sums.set(row.bucketStart, addCounters(sums.get(row.bucketStart) ?? emptyCounters(), countersOf(row)));
  return Array.from({ length: buckets }, (_, i) =>
    pointOf(from + i * spanMs, sums.get(from + i * spanMs) ?? emptyCounters()),
  );
}

function pointOf(start: number, c: RollupCounters): TimelinePoint {
  const latency = (q: number) => {
    const ms = percentileFromBuckets(LATENCY_BOUNDS_MS, c.latencyBuckets, q);
    return ms === null ? null : Math.round(ms);
  };
  return {
    start,
    replies: c.count,
    done: c.done,
    cached: c.cached,
    failed: c.failed,
    stopped: c.stopped,
    failovers: c.failovers,
    latencyMs: { p50: latency(0.5), p95: latency(0.95), p99: latency(0.99) },
  };
}
