import { describe, expect, it } from "vitest";
import { modelOptionLabel } from "./model-option-label";

describe("modelOptionLabel", () => {
  it("names the model, its provider, its price per million tokens and its speed", () => {
    expect(modelOptionLabel({ provider: "groq", model: "llama-3.3-70b-versatile" })).toBe(
      "Llama 3.3 70B · Groq · $0.59 / $0.79 per M tokens · balanced",
    );
    expect(modelOptionLabel({ provider: "groq", model: "openai/gpt-oss-20b" })).toBe(
      "GPT-OSS 20B · Groq · $0.075 / $0.30 per M tokens · fast",
    );
  });

  it("says free for a $0 model, and shows an unknown one by name only", () => {
    expect(modelOptionLabel({ provider: "openrouter", model: "qwen/qwen3-coder:free" })).toBe(
      "Qwen3 Coder (free) · OpenRouter · free · balanced",
    );
    expect(modelOptionLabel({ provider: "groq", model: "mystery" })).toBe("mystery · Groq");
  });
});
