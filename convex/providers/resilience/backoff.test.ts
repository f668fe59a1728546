import { describe, expect, it } from "vitest";
import { backoffDelayMs, hasRetriesLeft, retryDelayMs } from "./backoff";
import { DEFAULT_RESILIENCE_CONFIG } from "./config";

const cfg = DEFAULT_RESILIENCE_CONFIG.retry; // base 500, max 8000, cap 20000
const always = (value: number) => () => value;

describe("backoffDelayMs", () => {
  it("doubles the ceiling each attempt until maxDelayMs", () => {
    const nearlyOne = always(0.999_999);
    const ceilings = [0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelayMs(attempt, cfg, nearlyOne) + 1);
    expect(ceilings).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it("scales by random() (full jitter, lower bound 0)", () => {
    expect(backoffDelayMs(2, cfg, always(0))).toBe(0);
    expect(backoffDelayMs(2, cfg, always(0.5))).toBe(1000);
    expect(backoffDelayMs(2, cfg, always(0.25))).toBe(500);
  });

  it("stays within [0, ceiling) for many random draws", () => {
    let seed = 42;
    const lcg = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let attempt = 0; attempt < 10; attempt++) {
      const ceiling = Math.min(8000, 500 * 2 ** attempt);
      for (let i = 0; i < 50; i++) {
        const delay = backoffDelayMs(attempt, cfg, lcg);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
        expect(Number.isInteger(delay)).toBe(true);
      }
    }
  });

  it("never overflows for huge attempts and treats negative attempts as 0", () => {
    expect(backoffDelayMs(5000, cfg, always(0.5))).toBe(4000);
    expect(backoffDelayMs(-3, cfg, always(0.5))).toBe(250);
  });

  it("clamps an out-of-range random source", () => {
    expect(backoffDelayMs(0, cfg, always(7))).toBe(500);
    expect(backoffDelayMs(0, cfg, always(-1))).toBe(0);
  });
});

describe("retryDelayMs", () => {
  it("uses jittered backoff when there is no Retry-After", () => {
    expect(retryDelayMs({ attempt: 1, cfg, random: always(0.5) })).toBe(500);
  });

  it("honours Retry-After instead of the jitter", () => {
    expect(retryDelayMs({ attempt: 0, cfg, random: always(0.5), retryAfterMs: 3000 })).toBe(3000);
    expect(retryDelayMs({ attempt: 9, cfg, random: always(0.5), retryAfterMs: 0 })).toBe(0);
  });

  it("caps Retry-After at retryAfterCapMs", () => {
    expect(retryDelayMs({ attempt: 0, cfg, random: always(0.5), retryAfterMs: 120_000 })).toBe(20_000);
  });

  it("ignores an unusable Retry-After value", () => {
    for (const retryAfterMs of [Number.NaN, -5, Number.POSITIVE_INFINITY]) {
      expect(retryDelayMs({ attempt: 1, cfg, random: always(0.5), retryAfterMs })).toBe(500);
    }
  });
});

describe("hasRetriesLeft", () => {
  it("allows exactly maxRetries retries", () => {
    expect([0, 1, 2, 3].map((done) => hasRetriesLeft(done, cfg))).toEqual([true, true, true, false]);
    expect(hasRetriesLeft(0, { maxRetries: 0 })).toBe(false);
  });
});
