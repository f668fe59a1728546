import { describe, expect, it } from "vitest";
import { chainForModel, DEFAULT_FAILOVER_CHAIN, ownKeyChain, parseChain } from "./failover-chain";

const operator = parseChain("groq:openai/gpt-oss-20b,openrouter:qwen/qwen3-coder:free");

describe("chainForModel", () => {
  it("is the operator's chain when nothing was chosen", () => {
    expect(chainForModel(undefined, operator)).toEqual(operator);
  });

  it("puts the chosen model first and keeps the operator's chain as its fallback", () => {
    expect(chainForModel({ provider: "groq", model: "llama-3.3-70b-versatile" }, operator)).toEqual([
      { provider: "groq", model: "llama-3.3-70b-versatile" },
      ...operator,
    ]);
  });

  it("never lists the chosen model twice", () => {
    expect(chainForModel({ provider: "openrouter", model: "qwen/qwen3-coder:free" }, operator)).toEqual([
      operator[1],
      operator[0],
    ]);
  });

  it("copies only the provider and model of the choice", () => {
    const choice = { provider: "groq" as const, model: "openai/gpt-oss-120b", extra: "x" };
    expect(chainForModel(choice, operator)[0]).toStrictEqual({ provider: "groq", model: "openai/gpt-oss-120b" });
  });
});

describe("ownKeyChain", () => {
  it("takes the provider's first model in the chain", () => {
    expect(ownKeyChain("openrouter", DEFAULT_FAILOVER_CHAIN)).toEqual([
      { provider: "openrouter", model: "qwen/qwen3-coder:free" },
    ]);
    expect(ownKeyChain("groq", chainForModel({ provider: "groq", model: "openai/gpt-oss-120b" }, operator))).toEqual([
      { provider: "groq", model: "openai/gpt-oss-120b" },
    ]);
  });
});
