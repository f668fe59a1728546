import { describe, expect, it } from "vitest";
import { formatUsdCompact, formatUsdRounded } from "./money-for-people";

describe("formatUsdRounded", () => {
  it.each([
    [0, "$0.00"],
    [1, "< $0.01"],
    [309, "< $0.01"],
    [4_999, "< $0.01"],
    [5_000, "$0.01"],
    [10_000, "$0.01"],
    [309_000, "$0.31"],
    [1_000_000, "$1.00"],
    [999_999, "$1.00"],
    [1_234_567_890, "$1,234.57"],
    [-2_500_000, "-$2.50"],
  ])("%i micros → %s", (micros, expected) => {
    expect(formatUsdRounded(micros)).toBe(expected);
  });

  it("refuses fractions: money is integer micros", () => {
    expect(() => formatUsdRounded(0.5)).toThrow(RangeError);
  });
});

describe("formatUsdCompact", () => {
  it.each([
    [0, "$0.00"],
    [13, "$0.000013"],
    [87, "$0.000087"],
    [309, "$0.00031"],
    [1_234, "$0.0012"],
    [100, "$0.0001"],
    [10_000, "$0.01"],
    [1_234_567, "$1.23"],
  ])("%i micros → %s", (micros, expected) => {
    expect(formatUsdCompact(micros)).toBe(expected);
  });
});
