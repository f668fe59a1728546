import { expect, it } from "vitest";
import { countTokens } from "../lib/token-count";
import { estimatePromptTokens, estimateTokens } from "./failover-call";

it("counts like countTokens, erring up by at most one token per 512-character slice", () => {
  const prose = "The quick brown fox jumps over the lazy dog, then explains token budgets. ".repeat(60);
  const exact = countTokens(prose);
  expect(estimateTokens(prose)).toBeGreaterThanOrEqual(exact);
  expect(estimateTokens(prose)).toBeLessThanOrEqual(exact + Math.ceil(prose.length / 512));
  expect(estimateTokens("")).toBe(0);
  expect(estimateTokens("short")).toBe(countTokens("short"));
});

it("never splits a surrogate pair at a slice boundary", () => {
  const text = "a".repeat(511) + "😀".repeat(3);
  expect(estimateTokens(text)).toBe(countTokens("a".repeat(511)) + countTokens("😀".repeat(3)));
});

it("counts a long run without pre-tokenizer splits (quadratic for BPE) in slices", () => {
  // Whole, 50,000 × "y" takes seconds in countTokens; sliced it is 98 small counts.
  const slice = countTokens("y".repeat(512));
  expect(estimateTokens("y".repeat(512 * 98))).toBe(98 * slice);
});

it("adds the chat format's overhead per message and for the reply", () => {
  expect(estimatePromptTokens([{ role: "user", content: "hello" }])).toBe(countTokens("hello") + 6);
});
