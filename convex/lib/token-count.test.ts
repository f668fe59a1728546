import { describe, expect, it } from "vitest";
import { countTokens } from "./token-count";

describe("countTokens", () => {
  it("counts nothing for empty text", () => expect(countTokens("")).toBe(0));
  it("counts an ordinary sentence close to its word count, not characters ÷ 4", () => {
    const n = countTokens("The quick brown fox jumps over the lazy dog.");
    expect(n).toBeGreaterThanOrEqual(9);
    expect(n).toBeLessThanOrEqual(11);
  });
  it("counts text that looks like a special token instead of refusing it", () => {
    expect(countTokens("<|endoftext|>")).toBeGreaterThan(1);
  });
  it("counts dense text (digits, CJK) as more tokens than characters ÷ 4", () => {
    const digits = "8472916305".repeat(20);
    expect(countTokens(digits)).toBeGreaterThan(digits.length / 4);
  });
});
