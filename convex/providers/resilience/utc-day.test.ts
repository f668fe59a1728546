import { describe, expect, it } from "vitest";
import { msUntilNextUtcDay, utcDay } from "./utc-day";

describe("utcDay", () => {
  it("uses the UTC date on both sides of midnight", () => {
    expect(utcDay(Date.UTC(2026, 2, 31, 23, 59, 59, 999))).toBe("2026-03-31");
    expect(utcDay(Date.UTC(2026, 3, 1, 0, 0, 0))).toBe("2026-04-01");
  });
});

describe("msUntilNextUtcDay", () => {
  it("counts down to the next UTC midnight", () => {
    expect(msUntilNextUtcDay(Date.UTC(2026, 0, 1, 23, 59, 59))).toBe(1000);
    expect(msUntilNextUtcDay(Date.UTC(2026, 0, 1, 12))).toBe(12 * 3_600_000);
    expect(msUntilNextUtcDay(Date.UTC(2026, 0, 1))).toBe(86_400_000);
  });
});
