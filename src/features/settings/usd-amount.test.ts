import { describe, expect, it } from "vitest";
import { parseUsdAmount, usdInputValue } from "./usd-amount";

describe("parseUsdAmount", () => {
  it.each([
    ["1", 1_000_000],
    ["1.00", 1_000_000],
    ["$2.5", 2_500_000],
    [" 0.000001 ", 1],
    ["0", 0],
    ["0.", 0],
  ])("reads %j as %i micro-USD", (text, micros) => expect(parseUsdAmount(text)).toBe(micros));

  it.each(["", "-1", "1.0000001", "abc", "1,000", "1e3"])("rejects %j", (text) =>
    expect(parseUsdAmount(text)).toBeNull(),
  );

  it("writes amounts back for the input", () => {
    expect(usdInputValue(1_000_000)).toBe("1.00");
    expect(usdInputValue(250)).toBe("0.00025");
  });
});
