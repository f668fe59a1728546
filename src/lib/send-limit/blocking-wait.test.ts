import { describe, expect, it } from "vitest";
import { blockingWaitMs } from "./blocking-wait";

const NOW = 1_700_000_000_000;

describe("blockingWaitMs", () => {
  it.each(["rate_limited", "daily_cost_cap", "busy"] as const)("blocks for retryAfterMs on %s", (code) => {
    expect(blockingWaitMs({ code, retryAfterMs: 12_000 }, NOW)).toBe(12_000);
  });

  it("prefers retryAfterMs over resetsAt (client clocks can be wrong)", () => {
    expect(blockingWaitMs({ code: "rate_limited", retryAfterMs: 5_000, resetsAt: NOW + 60_000 }, NOW)).toBe(5_000);
  });

  it("falls back to resetsAt - now", () => {
    expect(blockingWaitMs({ code: "daily_cost_cap", resetsAt: NOW + 90_000 }, NOW)).toBe(90_000);
  });

  it("does not block without a known wait, or once it has passed", () => {
    expect(blockingWaitMs({ code: "busy" }, NOW)).toBeNull();
    expect(blockingWaitMs({ code: "rate_limited", retryAfterMs: 0 }, NOW)).toBeNull();
    expect(blockingWaitMs({ code: "rate_limited", resetsAt: NOW - 1 }, NOW)).toBeNull();
  });

  it.each(["invalid_input", "internal", "provider_unavailable", "not_found"] as const)("never blocks on %s", (code) => {
    expect(blockingWaitMs({ code, retryAfterMs: 10_000 }, NOW)).toBeNull();
  });
});
