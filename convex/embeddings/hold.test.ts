import { describe, expect, it } from "vitest";
import { countTokens } from "../lib/token-count";
import { embeddingHoldMicros } from "./hold";

describe("the embedding hold", () => {
  it("is zero with the built-in embedder", () => {
    expect(embeddingHoldMicros("x ".repeat(10_000), {})).toBe(0);
  });

  it("prices the prompt's tokens at $0.02 per million with OpenRouter, rounded up", () => {
    const prompt = "word ".repeat(100_000);
    expect(embeddingHoldMicros(prompt, { EMBEDDINGS_PROVIDER: "openrouter" })).toBe(
      Math.ceil(countTokens(prompt) * 0.02),
    );
    expect(embeddingHoldMicros("hi", { EMBEDDINGS_PROVIDER: "openrouter" })).toBe(1);
  });
});
