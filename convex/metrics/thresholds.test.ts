import { describe, expect, it } from "vitest";
import { cacheHitRate, errorRate, findAlerts, type HourCounters } from "./thresholds";

const hour = (over: Partial<HourCounters>): HourCounters => ({ count: 0, done: 0, failed: 0, cached: 0, cacheHits: 0, cacheMisses: 0, ...over });
const kinds = (input: Parameters<typeof findAlerts>[0]) => findAlerts(input).map((f) => `${f.kind}:${f.subject}`);

describe("rates", () => {
  it("leaves stops out of the error rate and is null with nothing to measure", () => {
    expect(errorRate(hour({ done: 18, cached: 1, failed: 1 }))).toBeCloseTo(0.05);
    expect(errorRate(hour({}))).toBeNull();
    expect(cacheHitRate(hour({ cacheHits: 1, cacheMisses: 3 }))).toBe(0.25);
    expect(cacheHitRate(hour({}))).toBeNull();
  });

  it("with tiers counted, the hit rate is the caches' share of answered replies: pool and relaxed answers are not hits", () => {
    const tiers = { tierBrowser: 1, tierExact: 2, tierSemantic: 1, tierFresh: 4, tierPool: 1, tierRelaxed: 1 };
    expect(cacheHitRate(hour({ cacheHits: 4, cacheMisses: 50, ...tiers }))).toBe(0.4);
  });
});

describe("findAlerts", () => {
  const healthy = [{ provider: "groq", score: 100 }, { provider: "openrouter", score: 50 }];

  it("finds nothing when all is well (50 is not below 50; 5 % is not above 5 %)", () => {
    expect(kinds({ health: healthy, lastHour: hour({ count: 100, done: 95, failed: 5, cacheHits: 20, cacheMisses: 80 }) })).toEqual([]);
  });

  it("flags health below 50 per provider", () => {
    expect(kinds({ health: [{ provider: "groq", score: 49 }, { provider: "openrouter", score: 0 }], lastHour: hour({}) })).toEqual(["health_below_50:groq", "health_below_50:openrouter"]);
  });

  it("flags an error rate just above 5 %", () => {
    expect(kinds({ health: healthy, lastHour: hour({ count: 1000, done: 949, failed: 51, cacheHits: 1000 }) })).toEqual(["error_rate_above_5:all"]);
  });

  it("flags a cache hit rate below 20 % only from 20 replies up", () => {
    const low = { done: 19, cacheHits: 3, cacheMisses: 16 };
    expect(kinds({ health: healthy, lastHour: hour({ count: 19, ...low }) })).toEqual([]);
    expect(kinds({ health: healthy, lastHour: hour({ count: 20, ...low, done: 20, cacheMisses: 17 }) })).toEqual(["cache_hit_rate_below_20:all"]);
    expect(kinds({ health: healthy, lastHour: hour({ count: 20, done: 20, cacheHits: 4, cacheMisses: 16 }) })).toEqual([]);
  });
});
