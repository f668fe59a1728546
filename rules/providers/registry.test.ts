import { describe, expect, it } from "vitest";
import {
  isProviderName,
  modelEntry,
  perProvider,
  PROVIDER_NAMES,
  PROVIDERS,
  providerEntry,
  servesChat,
  servesEmbeddings,
} from "./index";
import { WITH_THIRD_PROVIDER } from "./third-provider.test-data";

const segments = (path: string) => path.split("/").filter((s) => s !== "");

describe("the provider registry", () => {
  it("names each provider once, and PROVIDER_NAMES follows the list's order", () => {
    expect(PROVIDER_NAMES).toEqual(["groq", "openrouter"]);
    expect(new Set(PROVIDER_NAMES).size).toBe(PROVIDERS.length);
  });

  it.each(PROVIDERS.map((entry) => [entry.name, entry] as const))("%s: a well-formed entry", (_name, entry) => {
    expect(new Set(entry.models.map((m) => m.id)).size).toBe(entry.models.length);
    for (const model of entry.models) {
      expect(model.priceReadOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(model.priceReadOn))).toBe(false);
      for (const rate of [model.price.inputPerMTok, model.price.outputPerMTok])
        expect(Number.isFinite(rate) && rate >= 0).toBe(true);
    }
    expect(servesChat(entry)).toBe(true);
    expect(entry.baseUrl).toMatch(/^https:\/\/[^/]+/);
    expect(entry.keysPage).not.toMatch(/^https?:/);
    // The leak pattern finds any key the format check accepts, and is not global (test() would keep state).
    expect(entry.key.leakPattern.flags).not.toContain("g");
    expect(entry.key.leakPattern.test(`${entry.key.prefix}${"a1".repeat(40)}`)).toBe(true);
    // The LLM server routes on the first path segment: the provider's own name.
    expect(segments(entry.harness.sdk)[0]).toBe(entry.name);
    expect(entry.harness.api.startsWith(entry.harness.sdk)).toBe(true);
    expect(entry.defaults.requestsPerMinute).toBeGreaterThan(0);
    expect(entry.defaults.dailyQuota).toBeGreaterThan(0);
  });

  it("gives every provider its own env names, key prefix and harness path", () => {
    for (const registry of [PROVIDERS, WITH_THIRD_PROVIDER]) {
      const envNames = registry.flatMap((entry) => Object.values(entry.env));
      expect(new Set(envNames).size).toBe(envNames.length);
      const prefixes = registry.map((entry) => entry.key.prefix);
      // No prefix starts another one, or a key would be claimed by two providers.
      for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(a)).toBe(false);
      const firstSegments = registry.map((entry) => segments(entry.harness.sdk)[0]);
      expect(new Set(firstSegments).size).toBe(registry.length);
    }
  });

  it("says who serves embeddings from the models listed (OpenRouter only today)", () => {
    expect(PROVIDERS.filter(servesEmbeddings).map((entry) => entry.name)).toEqual(["openrouter"]);
  });

  it("looks up providers and models by exact name only", () => {
    expect(providerEntry("groq").label).toBe("Groq");
    expect(providerEntry("Groq" as string)).toBeUndefined();
    expect(providerEntry("__proto__" as string)).toBeUndefined();
    expect(modelEntry("openrouter", "qwen/qwen3-coder:free")?.price).toEqual({ inputPerMTok: 0, outputPerMTok: 0 });
    expect(modelEntry("groq", "qwen/qwen3-coder:free")).toBeUndefined();
    expect(isProviderName("openai")).toBe(false);
    expect(providerEntry("mistral", WITH_THIRD_PROVIDER)?.label).toBe("Mistral");
  });

  it("builds an exhaustive per-provider record", () => {
    expect(perProvider((entry) => entry.label)).toEqual({ groq: "Groq", openrouter: "OpenRouter" });
  });
});
