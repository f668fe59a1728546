import { describe, expect, it } from "vitest";
import { formatFailoverChain, parseFailoverChain } from "./failover-chain";

describe("parseFailoverChain", () => {
  it("splits provider from model on the first colon only", () => {
    expect(parseFailoverChain("groq:openai/gpt-oss-20b,openrouter:qwen/qwen3-coder:free")).toEqual([
      { provider: "groq", model: "openai/gpt-oss-20b" },
      { provider: "openrouter", model: "qwen/qwen3-coder:free" },
    ]);
  });

  it("trims whitespace and ignores empty entries", () => {
    expect(parseFailoverChain(" openrouter : a/b , , groq:c ,")).toEqual([
      { provider: "openrouter", model: "a/b" },
      { provider: "groq", model: "c" },
    ]);
  });

  it("allows the same provider with different models", () => {
    expect(parseFailoverChain("groq:a,groq:b")).toHaveLength(2);
  });

  it.each([
    ["", /is empty/],
    [" , ", /is empty/],
    ["openai:gpt-4o", /unknown provider "openai"/],
    ["groq", /entry "groq" has no model/],
    ["groq:  ", /has no model/],
    ["groq:a,groq:a", /lists "groq:a" twice/],
  ])("rejects %j", (raw, message) => {
    expect(() => parseFailoverChain(raw)).toThrowError(message);
    expect(() => parseFailoverChain(raw)).toThrowError(/^LLM_FAILOVER_CHAIN /);
  });

  it("names a custom variable in errors", () => {
    expect(() => parseFailoverChain("x:y", "MY_CHAIN")).toThrowError(/^MY_CHAIN has unknown provider/);
  });
});

describe("formatFailoverChain", () => {
  it("round-trips through parseFailoverChain", () => {
    const raw = "openrouter:qwen/qwen3-coder:free,groq:openai/gpt-oss-20b";
    expect(formatFailoverChain(parseFailoverChain(raw))).toBe(raw);
  });
});
