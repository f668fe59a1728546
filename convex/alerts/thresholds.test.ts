import { describe, expect, it } from "vitest";
import { findAlerts } from "./thresholds";
import { hourCounters as hour } from "../metrics/fixtures.test-helpers";

const kinds = (input: Parameters<typeof findAlerts>[0]) => findAlerts(input).map((f) => `${f.kind}:${f.subject}`);

describe("findAlerts", () => {
  const healthy = [
    { provider: "groq", score: 100 },
    { provider: "openrouter", score: 50 },
  ];

  it("finds nothing when all is well (50 is not below 50; 5 % is not above 5 %)", () => {
    expect(
      kinds({ health: healthy, lastHour: hour({ count: 100, done: 95, failed: 5, cacheHits: 20, cacheMisses: 80 }) }),
    ).toEqual([]);
  });

  it("flags health below 50 per provider", () => {
    expect(
      kinds({
        health: [
          { provider: "groq", score: 49 },
          { provider: "openrouter", score: 0 },
        ],
        lastHour: hour({}),
      }),
    ).toEqual(["health_below_50:groq", "health_below_50:openrouter"]);
  });

  it("flags an error rate just above 5 %", () => {
    expect(kinds({ health: healthy, lastHour: hour({ count: 1000, done: 949, failed: 51, cacheHits: 1000 }) })).toEqual(
      ["error_rate_above_5:all"],
    );
  });

  it("flags a cache hit rate below 20 % only from 20 replies up", () => {
    const low = { done: 19, cacheHits: 3, cacheMisses: 16 };
    expect(kinds({ health: healthy, lastHour: hour({ count: 19, ...low }) })).toEqual([]);
    expect(kinds({ health: healthy, lastHour: hour({ count: 20, ...low, done: 20, cacheMisses: 17 }) })).toEqual([
      "cache_hit_rate_below_20:all",
    ]);
    expect(kinds({ health: healthy, lastHour: hour({ count: 20, done: 20, cacheHits: 4, cacheMisses: 16 }) })).toEqual(
      [],
    );
  });
});
