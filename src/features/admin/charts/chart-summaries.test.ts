import { describe, expect, it } from "vitest";
import { latencySummary, outcomeSummary, perDaySummary } from "./chart-summaries";

const empty = { replies: 0, done: 0, cached: 0, failed: 0, stopped: 0, latencyMs: { p50: null, p95: null, p99: null } };
const busy = { replies: 4, done: 2, cached: 1, failed: 1, stopped: 0, latencyMs: { p50: 800, p95: 2_400, p99: 2_900 } };
const quiet = { ...empty, replies: 1, failed: 1 };

describe("outcomeSummary", () => {
  it("says there were none, or totals by outcome and the busiest bucket", () => {
    expect(outcomeSummary([empty, empty], "in the last hour", "minute")).toBe("No replies in the last hour.");
    expect(outcomeSummary([busy, quiet, empty], "in the last hour", "minute")).toBe(
      "5 replies in the last hour: 2 done, 1 cached, 2 failed, 0 stopped; busiest minute 4.",
    );
    expect(outcomeSummary([quiet], "today", "hour")).toMatch(/^1 reply today/);
  });
});

describe("latencySummary", () => {
  it("reads the newest bucket with answers, and the worst p99", () => {
    expect(latencySummary([empty], "in the last hour")).toBe(
      "No answered replies in the last hour, so no latency to show.",
    );
    const older = { ...busy, latencyMs: { p50: 500, p95: 9_000, p99: 12_000 } };
    expect(latencySummary([older, busy, quiet], "in the last hour")).toBe(
      "Latency in the last hour. Latest: p50 800 ms, p95 2.4 s, p99 2.9 s; highest p99 12 s.",
    );
  });
});

describe("perDaySummary", () => {
  it("lists each day's total, oldest first, and the biggest model", () => {
    const days = [
      { label: "21 Nov", total: 0 },
      { label: "22 Nov", total: 1_500 },
    ];
    expect(perDaySummary("cost", days, (n) => `${n} µ$`, "llama")).toBe(
      "Cost per day, oldest first: 21 Nov 0 µ$, 22 Nov 1500 µ$; most from llama.",
    );
    expect(perDaySummary("tokens", [{ label: "22 Nov", total: 0 }], String)).toBe("No tokens in the last 1 days.");
  });
});
