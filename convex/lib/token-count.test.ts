import { countTokens as countWhole } from "gpt-tokenizer/encoding/o200k_base";
import { describe, expect, it, vi } from "vitest";
import { countTokens } from "./token-count";

// Records the length of every piece handed to the tokenizer.
const pieces = vi.hoisted(() => [] as number[]);
vi.mock("gpt-tokenizer/encoding/o200k_base", async (original) => {
  const real = await original<typeof import("gpt-tokenizer/encoding/o200k_base")>();
  return {
    ...real,
    countTokens: (text: string, options?: object) => (pieces.push(text.length), real.countTokens(text, options)),
  };
});

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

describe("countTokens on long text", () => {
  // Counted whole, these took 2 s ("y" × 50,000) to over a minute (CJK): BPE
  // is quadratic in the length of one piece, and text without spaces is one.
  it.each([
    ["50,000 CJK characters", "你好世界".repeat(12_500)],
    ["50,000 repeated letters", "y".repeat(50_000)],
    ["25,000 emoji", "😀".repeat(25_000)],
  ])("%s: the tokenizer only ever sees slices of at most 512 characters, never half an emoji", (_name, text) => {
    pieces.length = 0;
    const tokens = countTokens(text);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(512);
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(text.length);
    // Slicing can only add a little, never lose tokens.
    const sample = text.slice(0, 4_096);
    expect(tokens).toBeGreaterThanOrEqual(Math.floor((text.length / sample.length) * countWhole(sample) * 0.99));
  });

  it("counts spaced text exactly as the whole-text count (slices end before whitespace)", () => {
    const text = "The quick brown fox jumps over the lazy dog, 42 times.\n".repeat(300);
    expect(countTokens(text)).toBe(countWhole(text));
  });
});
