import { describe, expect, it } from "vitest";
import { inFillWindow, needsFill, poolConfig } from "./pool-config";

const at = (hour: number) => Date.UTC(2026, 10, 30, hour, 30);

describe("pool settings", () => {
  it("defaults: 50 calls a day, 02:00–05:00 UTC, minimum 100, a week's refresh", () => {
    expect(poolConfig({})).toEqual({
      dailyCalls: 50,
      window: { startHour: 2, endHour: 5 },
      minSize: 100,
      refreshMs: 168 * 3_600_000,
    });
  });

  it("reads the operator's values and falls back on unreadable ones", () => {
    expect(
      poolConfig({
        CACHE_POOL_DAILY_CALLS: "0",
        CACHE_POOL_WINDOW_UTC: "22-4",
        CACHE_POOL_MIN_SIZE: "10",
        CACHE_POOL_REFRESH_HOURS: "24",
      }),
    ).toEqual({ dailyCalls: 0, window: { startHour: 22, endHour: 4 }, minSize: 10, refreshMs: 24 * 3_600_000 });
    expect(
      poolConfig({ CACHE_POOL_DAILY_CALLS: "lots", CACHE_POOL_WINDOW_UTC: "5-5", CACHE_POOL_MIN_SIZE: "-1" }),
    ).toMatchObject({ dailyCalls: 50, window: { startHour: 2, endHour: 5 }, minSize: 100 });
  });

  it("the window, also across midnight", () => {
    const night = { startHour: 22, endHour: 4 };
    expect([at(1), at(2), at(4), at(5)].map((t) => inFillWindow({ startHour: 2, endHour: 5 }, t))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([at(21), at(22), at(3), at(4)].map((t) => inFillWindow(night, t))).toEqual([false, true, true, false]);
  });

  it("a row needs filling when unanswered, answered by another chain, or stale", () => {
    const chain = ["groq:a", "openrouter:b"];
    const now = at(3);
    expect(needsFill({}, chain, 1000, now)).toBe(true);
    expect(needsFill({ answeredAt: now - 10, chain: ["groq:a"] }, chain, 1000, now)).toBe(true);
    expect(needsFill({ answeredAt: now - 10, chain }, chain, 1000, now)).toBe(false);
    expect(needsFill({ answeredAt: now - 1000, chain }, chain, 1000, now)).toBe(true);
  });
});
