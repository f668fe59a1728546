import { describe, expect, it } from "vitest";
import { RATE_LIMIT_PERIOD_MS, rateLimitFor, windowResetsAt, windowStart } from "./rate-window";

describe("rateLimitFor", () => {
  it.each([
    ["free", 5],
    ["pro", 30],
    ["enterprise", 100],
  ] as const)("%s: %i requests per fixed 60 s window aligned to the epoch", (tier, rate) => {
    expect(rateLimitFor(tier)).toEqual({ kind: "fixed window", rate, period: 60_000, start: 0 });
  });

  it("the period is one minute", () => {
    expect(RATE_LIMIT_PERIOD_MS).toBe(60_000);
  });
});

describe("fixed window boundaries (injected clock)", () => {
  it("59_999 ms is still the first window; 60_000 ms starts the next", () => {
    expect(windowStart(59_999, 60_000)).toBe(0);
    expect(windowResetsAt(59_999, 60_000)).toBe(60_000);
    expect(windowStart(60_000, 60_000)).toBe(60_000);
    expect(windowResetsAt(60_000, 60_000)).toBe(120_000);
  });

  it("works for realistic epoch times", () => {
    const now = Date.parse("2026-03-14T15:09:26.535Z");
    expect(windowStart(now, RATE_LIMIT_PERIOD_MS)).toBe(Date.parse("2026-03-14T15:09:00.000Z"));
    expect(windowResetsAt(now, RATE_LIMIT_PERIOD_MS)).toBe(Date.parse("2026-03-14T15:10:00.000Z"));
  });

  it("the reset is always after now and at most one period away", () => {
    for (const now of [0, 1, 59_999, 60_000, 60_001, 1_763_800_000_123]) {
      const reset = windowResetsAt(now, 60_000);
      expect(reset).toBeGreaterThan(now);
      expect(reset - now).toBeLessThanOrEqual(60_000);
    }
  });

  it("rejects a bad period or clock", () => {
    expect(() => windowStart(1, 0)).toThrow(RangeError);
    expect(() => windowStart(1, -60_000)).toThrow(RangeError);
    expect(() => windowStart(Number.NaN, 60_000)).toThrow(RangeError);
  });
});
