import { describe, expect, it } from "vitest";
import {
  formatClock,
  formatCount,
  formatDateTime,
  formatDayKey,
  formatMs,
  formatPercent,
  parseUsdInput,
} from "./format";

describe("formatPercent", () => {
  it.each([
    [null, "–"],
    [Number.NaN, "–"],
    [0, "0 %"],
    [0.000375, "< 0.1 %"],
    [0.0005, "0.1 %"],
    [1, "100 %"],
    [0.4, "40 %"],
    [0.975, "97.5 %"],
    [0.99999, "100 %"],
    [1 / 3, "33.3 %"],
  ] as const)("%s → %s", (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });
});

describe("formatMs", () => {
  it.each([
    [null, "–"],
    [0, "0 ms"],
    [849.6, "850 ms"],
    [999, "999 ms"],
    [1_000, "1.0 s"],
    [1_250, "1.3 s"],
    [30_000, "30 s"],
    [54_000, "54 s"],
  ] as const)("%s → %s", (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe("formatCount", () => {
  it("groups digits, and shortens millions", () => {
    expect([formatCount(0), formatCount(12_345), formatCount(999_999), formatCount(1_250_000)]).toEqual([
      "0",
      "12,345",
      "999,999",
      "1.3 M",
    ]);
  });
});

describe("times", () => {
  const at = Date.UTC(2026, 10, 22, 14, 5, 9);
  it("formats a 24-hour clock and a date-time in the given zone", () => {
    expect(formatClock(at, { timeZone: "UTC" })).toBe("14:05");
    expect(formatClock(at, { seconds: true, timeZone: "UTC" })).toBe("14:05:09");
    expect(formatClock(at, { timeZone: "Asia/Kolkata" })).toBe("19:35");
    expect(formatDateTime(at, "UTC")).toBe("22 Nov 14:05:09");
  });

  it("formats a UTC day key as day and month, whatever the viewer's zone", () => {
    expect(formatDayKey("2026-11-22")).toBe("22 Nov");
    expect(formatDayKey("not a day")).toBe("not a day");
  });
});

describe("parseUsdInput", () => {
  it.each([
    ["2.50", 2_500_000],
    ["$3", 3_000_000],
    [" 0 ", 0],
    ["0.000001", 1],
    [".5", 500_000],
    ["1,000", 1_000_000_000],
    ["10.", 10_000_000],
    ["0.1", 100_000],
  ] as const)("%j → %s µ$", (text, micros) => {
    expect(parseUsdInput(text)).toEqual({ ok: true, micros });
  });

  it.each(["", "   ", "-1", "1e3", "abc", "1.0000001", "1.2.3", "$", "NaN", "Infinity", "1234567890"])(
    "refuses %j with a reason",
    (text) => {
      const parsed = parseUsdInput(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(/US dollars/);
    },
  );

  it("never produces a fractional micro amount (0.1 + 0.2 is exact here)", () => {
    const parsed = parseUsdInput("0.300000");
    expect(parsed).toEqual({ ok: true, micros: 300_000 });
  });
});
