import { describe, expect, it } from "vitest";
import { formatDuration } from "./format-duration";

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [-5_000, "0 s"],
    [1, "1 s"], // rounds up: never "0 s" while time remains
    [11_001, "12 s"],
    [12_000, "12 s"],
    [59_000, "59 s"],
    [59_001, "1 min"],
    [60_000, "1 min"],
    [60_001, "2 min"],
    [300_000, "5 min"],
    [3_540_001, "1 h"],
    [3_600_000, "1 h"],
    [11_520_000, "3 h 12 min"],
    [Number.NaN, "0 s"],
  ])("%i ms → %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
