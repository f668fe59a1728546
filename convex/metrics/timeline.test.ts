import { describe, expect, it } from "vitest";
import { emptyCounters, mergeMetric, type ReplyMetric } from "./rollup";
import { timelineOf } from "./timeline";

const MINUTE = 60_000;
const from = Date.UTC(2026, 10, 22, 12, 0);
const metric = (over: Partial<ReplyMetric>): ReplyMetric => ({
  outcome: "done",
  provider: "groq",
  model: "m",
  totalMs: 100,
  promptTokens: 0,
  completionTokens: 0,
  costMicros: 0,
  cacheHit: false,
  at: from,
  ...over,
});
const row = (bucketStart: number, metrics: Partial<ReplyMetric>[]) => ({
  bucketStart,
  ...metrics.map(metric).reduce(mergeMetric, emptyCounters()),
});

describe("timelineOf", () => {
  it("has one point per bucket, oldest first, empty buckets as zeros with no latency", () => {
    const points = timelineOf([], from, MINUTE, 3);
    expect(points.map((p) => p.start)).toEqual([from, from + MINUTE, from + 2 * MINUTE]);
    expect(points[0]).toEqual({
      start: from,
      replies: 0,
      done: 0,
      cached: 0,
      failed: 0,
      stopped: 0,
      failovers: 0,
      latencyMs: { p50: null, p95: null, p99: null },
    });
  });

  it("sums rows of the same bucket (several models) and ignores rows outside the range", () => {
    const points = timelineOf(
      [
        row(from + MINUTE, [{ totalMs: 80 }, { outcome: "failed", failedOver: true }]),
        row(from + MINUTE, [
          { model: "other", outcome: "cached", cacheHit: true, totalMs: 90 },
          { outcome: "stopped" },
        ]),
        row(from - MINUTE, [{}]),
        row(from + 5 * MINUTE, [{}]),
      ],
      from,
      MINUTE,
      3,
    );
    expect(points.map((p) => p.replies)).toEqual([0, 4, 0]);
    expect(points[1]).toMatchObject({ done: 1, cached: 1, failed: 1, stopped: 1, failovers: 1 });
    // Two answers, both in the ≤100 ms bucket: interpolated inside it.
    expect(points[1]?.latencyMs).toEqual({ p50: 50, p95: 95, p99: 99 });
  });
});
