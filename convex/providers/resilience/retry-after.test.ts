import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after";

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

describe("parseRetryAfter", () => {
  it("converts delta-seconds to milliseconds", () => {
    expect(parseRetryAfter("0", NOW)).toBe(0);
    expect(parseRetryAfter("1", NOW)).toBe(1000);
    expect(parseRetryAfter(" 120 ", NOW)).toBe(120_000);
    expect(parseRetryAfter("007", NOW)).toBe(7000);
  });

  it("measures an HTTP-date from now", () => {
    expect(parseRetryAfter("Thu, 15 Jan 2026 12:00:42 GMT", NOW)).toBe(42_000);
    expect(parseRetryAfter("Thu, 15 Jan 2026 12:00:42 GMT", NOW + 2_000)).toBe(40_000);
  });

  it("returns 0 for a date in the past", () => {
    expect(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).toBe(0);
  });

  it("clamps absurdly large delays instead of overflowing", () => {
    expect(parseRetryAfter("9".repeat(400), NOW)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([null, undefined, "", "  ", "1.5", "-1", "+5", "5s", "soon", "1 2", "0x10"])(
    "returns undefined for %j",
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBeUndefined();
    },
  );
});
