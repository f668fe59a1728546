import { describe, expect, it } from "vitest";
import { chargeOf, costMicros, PRICES_READ_ON, priceFor, priceTable, worstCaseCostMicros } from "./pricing";

const knownModels = Object.entries(priceTable).flatMap(([provider, models]) =>
  Object.entries(models).map(([model, price]) => ({ provider, model, price })),
);

describe("priceFor", () => {
  it.each([
    ["groq", "openai/gpt-oss-20b", 0.075, 0.3],
    ["groq", "openai/gpt-oss-120b", 0.15, 0.6],
    ["groq", "llama-3.3-70b-versatile", 0.59, 0.79],
    ["openrouter", "qwen/qwen3-coder:free", 0, 0],
    ["openrouter", "qwen/qwen3-coder", 0.22, 0.95],
  ])("%s %s costs $%f in / $%f out per MTok", (provider, model, input, output) => {
    expect(priceFor(provider, model)).toEqual({ inputPerMTok: input, outputPerMTok: output, known: true });
  });

  it.each([
    ["groq", "openai/gpt-oss-999b"],
    ["openrouter", "qwen/qwen3-coder:FREE"],
    ["groq", "qwen/qwen3-coder"], // right model, wrong provider
    ["anthropic", "claude"],
    ["", ""],
    ["groq", "constructor"],
    ["__proto__", "toString"],
  ])("unknown %s/%s is priced at the most expensive known rates, never free", (provider, model) => {
    const price = priceFor(provider, model);
    expect(price.known).toBe(false);
    expect(price.inputPerMTok).toBe(0.59);
    expect(price.outputPerMTok).toBe(0.95);
    for (const known of knownModels) {
      expect(price.inputPerMTok).toBeGreaterThanOrEqual(known.price.inputPerMTok);
      expect(price.outputPerMTok).toBeGreaterThanOrEqual(known.price.outputPerMTok);
    }
  });

  it("records when prices were read as an ISO date", () => {
    expect(PRICES_READ_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(PRICES_READ_ON))).toBe(false);
  });
});

describe("costMicros", () => {
  const gptOss20b = { inputPerMTok: 0.075, outputPerMTok: 0.3 };

  it("a million tokens each way costs the listed rates", () => {
    expect(costMicros(gptOss20b, { promptTokens: 1_000_000, completionTokens: 1_000_000 })).toBe(375_000);
  });

  it("rounds up to a whole micro: 1 + 1 tokens is 0.375 µ$ → 1 µ$", () => {
    expect(costMicros(gptOss20b, { promptTokens: 1, completionTokens: 1 })).toBe(1);
  });

  it("does not round an exact amount up through float drift", () => {
    const llama = priceFor("groq", "llama-3.3-70b-versatile");
    // 1 * 0.59 + 79 * 0.79 is exactly 63, but floats say 63.00000000000001.
    expect(Math.ceil(1 * 0.59 + 79 * 0.79)).toBe(64);
    expect(costMicros(llama, { promptTokens: 1, completionTokens: 79 })).toBe(63);
  });

  it.each([
    [{ promptTokens: 3, completionTokens: 0 }, 1], // 0.225
    [{ promptTokens: 14, completionTokens: 0 }, 2], // 1.05
    [{ promptTokens: 1200, completionTokens: 800 }, 330], // 90 + 240
    [{ promptTokens: 1201, completionTokens: 800 }, 331], // 330.075
    [{ promptTokens: 0, completionTokens: 0 }, 0],
  ])("gpt-oss-20b %o costs %i µ$", (usage, expected) => {
    expect(costMicros(gptOss20b, usage)).toBe(expected);
  });

  it("a free model costs nothing", () => {
    expect(
      costMicros(priceFor("openrouter", "qwen/qwen3-coder:free"), { promptTokens: 9999, completionTokens: 9999 }),
    ).toBe(0);
  });

  it("rejects token counts that are not non-negative integers", () => {
    expect(() => costMicros(gptOss20b, { promptTokens: -1, completionTokens: 0 })).toThrow(RangeError);
    expect(() => costMicros(gptOss20b, { promptTokens: 0, completionTokens: 1.5 })).toThrow(RangeError);
    expect(() => costMicros(gptOss20b, { promptTokens: Number.NaN, completionTokens: 0 })).toThrow(RangeError);
    expect(() => costMicros(gptOss20b, { promptTokens: 1e15, completionTokens: 0 })).toThrow(RangeError);
  });

  it("rejects negative prices", () => {
    expect(() => costMicros({ inputPerMTok: -1, outputPerMTok: 0 }, { promptTokens: 1, completionTokens: 0 })).toThrow(
      RangeError,
    );
  });
});

describe("chargeOf", () => {
  it("sums every call at its own model's price and says when any was estimated", () => {
    const broken = {
      provider: "groq",
      model: "openai/gpt-oss-20b",
      usage: { promptTokens: 1000, completionTokens: 100, estimated: true },
    };
    const fallback = {
      provider: "groq",
      model: "llama-3.3-70b-versatile",
      usage: { promptTokens: 1000, completionTokens: 1000, estimated: false },
    };
    // 75 + 30 = 105; 590 + 790 = 1380
    expect(chargeOf([broken, fallback])).toEqual({
      costMicros: 1485,
      usage: { promptTokens: 2000, completionTokens: 1100, estimated: true },
    });
  });

  it("charges nothing for no call, and a free model's call at $0", () => {
    expect(chargeOf([])).toEqual({ costMicros: 0, usage: { promptTokens: 0, completionTokens: 0, estimated: false } });
    const free = {
      provider: "openrouter",
      model: "qwen/qwen3-coder:free",
      usage: { promptTokens: 9, completionTokens: 9, estimated: false },
    };
    expect(chargeOf([free]).costMicros).toBe(0);
  });
});

describe("worstCaseCostMicros", () => {
  it("bills one token per prompt char plus the full reply cap", () => {
    // 4000 * 0.075 + 1024 * 0.3 = 300 + 307.2 → 608
    expect(
      worstCaseCostMicros({ provider: "groq", model: "openai/gpt-oss-20b", promptChars: 4000, maxTokens: 1024 }),
    ).toBe(608);
  });

  it("is at least the actual cost whenever usage stays within chars and the cap", () => {
    const args = { provider: "groq", model: "openai/gpt-oss-120b", promptChars: 2000, maxTokens: 4096 };
    const actual = costMicros(priceFor(args.provider, args.model), { promptTokens: 600, completionTokens: 4096 });
    expect(worstCaseCostMicros(args)).toBeGreaterThanOrEqual(actual);
  });

  it("prices an unknown model at the expensive fallback, not $0", () => {
    // 1000 * 0.59 + 1000 * 0.95 = 1540
    expect(worstCaseCostMicros({ provider: "groq", model: "new-model", promptChars: 1000, maxTokens: 1000 })).toBe(
      1540,
    );
  });
});
