import { describe, expect, it } from "vitest";
import { formatUsd, isMicros, MICROS_PER_USD } from "./money";

describe("formatUsd", () => {
  it.each([
    [0, "$0.00"],
    [1, "$0.000001"],
    [375, "$0.000375"],
    [10_000, "$0.01"],
    [100_000, "$0.10"],
    [1_000_000, "$1.00"],
    [1_500_000, "$1.50"],
    [1_234_500, "$1.2345"],
    [1_234_567_890_000, "$1,234,567.89"],
    [-2_500_000, "-$2.50"],
  ])("formats %i micros as %s", (micros, expected) => {
    expect(formatUsd(micros)).toBe(expected);
  });

  it("refuses fractional or non-finite amounts: money is integer micros", () => {
    expect(() => formatUsd(0.5)).toThrow(RangeError);
    expect(() => formatUsd(Number.NaN)).toThrow(RangeError);
    expect(() => formatUsd(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("isMicros", () => {
  it("accepts non-negative safe integers only", () => {
    expect(isMicros(0)).toBe(true);
    expect(isMicros(MICROS_PER_USD)).toBe(true);
    expect(isMicros(-1)).toBe(false);
    expect(isMicros(1.5)).toBe(false);
    expect(isMicros(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isMicros("100")).toBe(false);
    expect(isMicros(null)).toBe(false);
  });
});
