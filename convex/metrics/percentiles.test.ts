import { describe, expect, it } from "vitest";
import { BUCKET_COUNTS, ESTIMATED, EXACT, LATENCIES_MS } from "./dataset.test-data";
import { exactPercentile, percentileFromBuckets } from "./percentiles";
import { LATENCY_BOUNDS_MS } from "./rollup";

describe("exactPercentile (nearest rank)", () => {
  it("matches the hand-computed p50/p95/p99 of the data set", () => {
    expect(exactPercentile(LATENCIES_MS, 0.5)).toBe(EXACT.p50);
    expect(exactPercentile(LATENCIES_MS, 0.95)).toBe(EXACT.p95);
    expect(exactPercentile(LATENCIES_MS, 0.99)).toBe(EXACT.p99);
  });

  it("handles the edges", () => {
    expect(exactPercentile([], 0.5)).toBeNull();
    expect(exactPercentile([42], 0.99)).toBe(42);
    expect(exactPercentile(LATENCIES_MS, 0)).toBe(50);
    expect(exactPercentile(LATENCIES_MS, 1)).toBe(45_000);
    expect(exactPercentile(LATENCIES_MS, 0.25)).toBe(240); // rank 5
    expect(() => exactPercentile(LATENCIES_MS, 1.5)).toThrow(RangeError);
    expect(() => exactPercentile(LATENCIES_MS, Number.NaN)).toThrow(RangeError);
  });
});

describe("percentileFromBuckets (linear interpolation)", () => {
  it("matches the hand-computed estimates of the data set", () => {
    expect(percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, 0.5)).toBeCloseTo(ESTIMATED.p50, 9);
    expect(percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, 0.95)).toBeCloseTo(ESTIMATED.p95, 9);
    expect(percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, 0.99)).toBeCloseTo(ESTIMATED.p99, 9);
  });

  it("interpolates within the first bucket from 0 and ends buckets exactly at their bound", () => {
    expect(percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, 0.05)).toBeCloseTo(50, 9); // rank 1 of 2 in [0,100]
    expect(percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, 0.25)).toBeCloseTo(250, 9); // rank 5 = top of (100,250]
  });

  it("stays within the bucket that holds the exact value", () => {
    for (const q of [0.1, 0.3, 0.5, 0.7, 0.9, 0.95]) {
      const exact = exactPercentile(LATENCIES_MS, q)!;
      const index = LATENCY_BOUNDS_MS.findIndex((b) => exact <= b);
      const lower = index === 0 ? 0 : LATENCY_BOUNDS_MS[index - 1]!;
      const estimate = percentileFromBuckets(LATENCY_BOUNDS_MS, BUCKET_COUNTS, q)!;
      expect(estimate).toBeGreaterThanOrEqual(lower);
      expect(estimate).toBeLessThanOrEqual(LATENCY_BOUNDS_MS[index]!);
    }
  });

  it("answers the top bound for the overflow bucket, null when empty, and refuses a wrong shape", () => {
    expect(percentileFromBuckets([100, 200], [0, 0, 5], 0.5)).toBe(200);
    expect(percentileFromBuckets([100, 200], [0, 0, 0], 0.5)).toBeNull();
    expect(() => percentileFromBuckets([100, 200], [1, 2], 0.5)).toThrow(RangeError);
  });
});
