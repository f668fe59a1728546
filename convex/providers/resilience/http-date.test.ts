import { describe, expect, it } from "vitest";
import { parseHttpDate } from "./http-date";

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const RFC_EXAMPLE = Date.UTC(1994, 10, 6, 8, 49, 37);

describe("parseHttpDate", () => {
  it("parses the three formats of the RFC 9110 example to the same instant", () => {
    expect(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).toBe(RFC_EXAMPLE);
    expect(parseHttpDate("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).toBe(RFC_EXAMPLE);
    expect(parseHttpDate("Sun Nov  6 08:49:37 1994", NOW)).toBe(RFC_EXAMPLE);
  });

  it("is case-insensitive on day and month names", () => {
    expect(parseHttpDate("sun, 06 NOV 1994 08:49:37 GMT", NOW)).toBe(RFC_EXAMPLE);
  });

  it("resolves two-digit years relative to now (at most 50 years ahead)", () => {
    expect(parseHttpDate("Thursday, 15-Jan-26 12:00:30 GMT", NOW)).toBe(NOW + 30_000);
    expect(parseHttpDate("Monday, 01-Jan-76 00:00:00 GMT", NOW)).toBe(Date.UTC(2076, 0, 1));
    expect(parseHttpDate("Monday, 01-Jan-77 00:00:00 GMT", NOW)).toBe(Date.UTC(1977, 0, 1));
  });

  it("accepts a leap second", () => {
    expect(parseHttpDate("Wed, 31 Dec 2025 23:59:60 GMT", NOW)).toBe(Date.UTC(2026, 0, 1));
  });

  it.each([
    "",
    "1 2",
    "tomorrow",
    "2026-01-15T12:00:00Z",
    "Sun, 06 Nov 1994 08:49:37 UTC",
    "Sun, 6 Nov 1994 08:49:37 GMT",
    "Sun, 06 Foo 1994 08:49:37 GMT",
    "Sun, 31 Feb 1994 08:49:37 GMT",
    "Sun, 06 Nov 1994 24:00:00 GMT",
    "Sun, 06 Nov 1994 08:60:00 GMT",
    "Funday, 06-Nov-94 08:49:37 GMT",
  ])("rejects %j", (value) => {
    expect(parseHttpDate(value, NOW)).toBeUndefined();
  });
});
