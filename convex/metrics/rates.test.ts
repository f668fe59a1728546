import { describe, expect, it } from "vitest";
import { hourCounters as hour } from "./fixtures.test-helpers";
import { cacheHitRate, errorRate } from "./rates";

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
