import { describe, expect, it } from "vitest";
import { groupDigits } from "./group-digits";

describe("groupDigits", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1_000, "1,000"],
    [50_001, "50,001"],
    [1_234_567, "1,234,567"],
  ])("%i → %s", (value, expected) => {
    expect(groupDigits(value)).toBe(expected);
  });
});
