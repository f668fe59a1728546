import { describe, expect, it } from "vitest";
import { BUCKET_COUNTS, LATENCIES_MS, LATENCY_SUM_MS } from "./dataset.test-data";
import {
  addCounters,
  bucketStart,
  countersOf,
  emptyCounters,
  latencyBucketIndex,
  MAX_ERROR_CLASSES,
  mergeMetric,
  type ReplyMetric,
} from "./rollup";

const at = Date.UTC(2026, 10, 22, 12, 34, 56, 789);
const metric = (over: Partial<ReplyMetric>): ReplyMetric => ({
  outcome: "done",
  provider: "groq",
  model: "m",
  totalMs: 100,
  promptTokens: 0,
  completionTokens: 0,
  costMicros: 0,
  cacheHit: false,
  at,
  ...over,
});

describe("bucketStart", () => {
  it("floors to the UTC minute, hour and day; total is one bucket", () => {
    expect(bucketStart("minute", at)).toBe(Date.UTC(2026, 10, 22, 12, 34));
    expect(bucketStart("hour", at)).toBe(Date.UTC(2026, 10, 22, 12));
    expect(bucketStart("day", at)).toBe(Date.UTC(2026, 10, 22));
    expect(bucketStart("total", at)).toBe(0);
  });

  it("keeps an instant on a boundary in the bucket it starts", () => {
    const minute = Date.UTC(2026, 10, 22, 12, 35);
    expect(bucketStart("minute", minute)).toBe(minute);
    expect(bucketStart("minute", minute - 1)).toBe(Date.UTC(2026, 10, 22, 12, 34));
  });
});

describe("latencyBucketIndex", () => {
  it("puts a bound's value in that bound's bucket (le is inclusive)", () => {
    expect(latencyBucketIndex(0)).toBe(0);
    expect(latencyBucketIndex(100)).toBe(0);
    expect(latencyBucketIndex(101)).toBe(1);
    expect(latencyBucketIndex(60_000)).toBe(8);
    expect(latencyBucketIndex(60_001)).toBe(9);
  });
});

describe("mergeMetric", () => {
  it("rolls the known data set into the hand-computed histogram", () => {
    const rollup = LATENCIES_MS.reduce((r, totalMs) => mergeMetric(r, metric({ totalMs })), emptyCounters());
    expect(rollup.latencyBuckets).toEqual([...BUCKET_COUNTS]);
    expect(rollup.latencySumMs).toBe(LATENCY_SUM_MS);
    expect(rollup).toMatchObject({ count: 20, done: 20, cacheMisses: 20, cacheHits: 0 });
  });

  it("counts outcomes, tokens, cost, cache and error classes; latency only for answers", () => {
    const replies: Partial<ReplyMetric>[] = [
      {
        outcome: "done",
        totalMs: 700,
        promptTokens: 10,
        completionTokens: 20,
        costMicros: 30,
        firstTokenMs: 200,
        queueWaitMs: 5,
      },
      { outcome: "cached", totalMs: 50, cacheHit: true },
      { outcome: "failed", totalMs: 9000, errorClass: "timeout", queueWaitMs: 15 },
      { outcome: "stopped", totalMs: 1500, promptTokens: 4, completionTokens: 2, costMicros: 1, firstTokenMs: 400 },
      { outcome: "failed", totalMs: 80, errorClass: "timeout" },
      { outcome: "failed", totalMs: 80, errorClass: "server_error" },
    ];
    const r = replies.reduce((sum, m) => mergeMetric(sum, metric(m)), emptyCounters());
    expect(r).toMatchObject({
      count: 6,
      done: 1,
      cached: 1,
      failed: 3,
      stopped: 1,
      promptTokens: 14,
      completionTokens: 22,
      costMicros: 31,
      cacheHits: 1,
      cacheMisses: 5,
      latencySumMs: 750,
      firstTokenSumMs: 600,
      firstTokenCount: 2,
      queueWaitSumMs: 20,
      queueWaitCount: 2,
    });
    expect(r.latencyBuckets).toEqual([1, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(r.errorClasses).toEqual([
      { errorClass: "timeout", count: 2 },
      { errorClass: "server_error", count: 1 },
    ]);
  });

  it("does not change its input", () => {
    const before = emptyCounters();
    mergeMetric(before, metric({}));
    expect(before).toEqual(emptyCounters());
  });

  it("caps distinct error classes, counting the rest as other", () => {
    let r = emptyCounters();
    for (let i = 0; i < MAX_ERROR_CLASSES + 5; i++)
      r = mergeMetric(r, metric({ outcome: "failed", errorClass: `class_${i}` }));
    expect(r.errorClasses).toHaveLength(MAX_ERROR_CLASSES + 1);
    expect(r.errorClasses.find((e) => e.errorClass === "other")?.count).toBe(5);
  });

  it("counts failovers, and reads a stored row written before failovers existed as 0", () => {
    const r = [
      metric({ failedOver: true, fromProvider: "groq", provider: "openrouter" }),
      metric({ failedOver: false }),
      metric({}),
    ].reduce(mergeMetric, emptyCounters());
    expect(r.failovers).toBe(1);
    const { failovers: _dropped, ...older } = r;
    expect(countersOf(older).failovers).toBe(0);
    expect(addCounters(r, r).failovers).toBe(2);
  });

  it("adds two roll-ups field by field", () => {
    const a = mergeMetric(emptyCounters(), metric({ totalMs: 90, costMicros: 3 }));
    const b = mergeMetric(emptyCounters(), metric({ totalMs: 90_000, outcome: "cached", cacheHit: true }));
    const sum = addCounters(a, b);
    expect(sum).toMatchObject({
      count: 2,
      done: 1,
      cached: 1,
      costMicros: 3,
      cacheHits: 1,
      cacheMisses: 1,
      latencySumMs: 90_090,
    });
    expect(sum.latencyBuckets).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });
});
