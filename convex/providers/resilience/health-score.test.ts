import { describe, expect, it } from "vitest";
import { healthScore, type HealthInput } from "./health-score";

const healthy: HealthInput = {
  breakerState: "closed",
  errorsLast5Min: 0,
  requestsLast5Min: 50,
  queueLength: 0,
  maxQueue: 100,
};
const score = (patch: Partial<HealthInput>) => healthScore({ ...healthy, ...patch });

describe("healthScore", () => {
  it("is 100 for a closed breaker with no errors and an empty queue", () => {
    expect(score({})).toBe(100);
    expect(score({ requestsLast5Min: 0 })).toBe(100);
  });

  it("subtracts error rate × 60", () => {
    expect(score({ errorsLast5Min: 10, requestsLast5Min: 40 })).toBe(85);
    expect(score({ errorsLast5Min: 40, requestsLast5Min: 40 })).toBe(40);
  });

  it("subtracts queue fullness × 20", () => {
    expect(score({ queueLength: 50 })).toBe(90);
    expect(score({ queueLength: 100 })).toBe(80);
    expect(score({ queueLength: 250 })).toBe(80);
  });

  it("combines both penalties and rounds", () => {
    expect(score({ errorsLast5Min: 1, requestsLast5Min: 3, queueLength: 25 })).toBe(75);
    expect(score({ errorsLast5Min: 40, requestsLast5Min: 40, queueLength: 100 })).toBe(20);
  });

  it("is 0 whenever the breaker is open", () => {
    expect(score({ breakerState: "open" })).toBe(0);
  });

  it("caps a half-open provider at 50 but still applies penalties", () => {
    expect(score({ breakerState: "half_open" })).toBe(50);
    expect(score({ breakerState: "half_open", errorsLast5Min: 40, requestsLast5Min: 40, queueLength: 100 })).toBe(20);
  });

  it("copes with drifted counters and a zero-size queue", () => {
    expect(score({ errorsLast5Min: 5, requestsLast5Min: 0 })).toBe(40);
    expect(score({ maxQueue: 0, queueLength: 0 })).toBe(100);
    expect(score({ maxQueue: 0, queueLength: 1 })).toBe(80);
    expect(score({ errorsLast5Min: -3, queueLength: -1 })).toBe(100);
  });

  it("always stays within 0..100 and never rises with more errors", () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let errors = 0; errors <= 60; errors += 5) {
      const value = score({ errorsLast5Min: errors, requestsLast5Min: 60, queueLength: 100 });
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(100);
      expect(value).toBeLessThanOrEqual(previous);
      previous = value;
    }
  });
});
