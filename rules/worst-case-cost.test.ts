import { describe, expect, it } from "vitest";
import { worstCaseCostMicrosForTokens } from "./worst-case-cost";

describe("worstCaseCostMicrosForTokens", () => {
  it.each([
    // gpt-oss-20b: $0.075 in, $0.30 out per million → 0.075 µ$ and 0.3 µ$ per token.
    ["groq", "openai/gpt-oss-20b", 4_000, 1_024, Math.ceil(4_000 * 0.075 + 1_024 * 0.3)],
    ["groq", "llama-3.3-70b-versatile", 16_000, 1_024, Math.ceil(16_000 * 0.59 + 1_024 * 0.79)],
    ["openrouter", "qwen/qwen3-coder:free", 96_000, 8_192, 0],
    // An unknown model is priced at the dearest known rates, never $0.
    ["groq", "not-a-model", 1_000, 1_000, Math.ceil(1_000 * 0.59 + 1_000 * 0.95)],
  ] as const)(
    "%s %s: %i prompt tokens + %i reply tokens → %i µ$",
    (provider, model, promptTokens, maxTokens, expected) => {
      expect(worstCaseCostMicrosForTokens({ provider, model, promptTokens, maxTokens })).toBe(expected);
    },
  );

  it("grows with the tokens sent", () => {
    const at = (promptTokens: number) =>
      worstCaseCostMicrosForTokens({ provider: "groq", model: "openai/gpt-oss-20b", promptTokens, maxTokens: 1024 });
    expect(at(16_000)).toBeGreaterThan(at(1_000));
  });
});
