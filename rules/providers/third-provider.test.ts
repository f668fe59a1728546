// Done-when of issue 13: a third provider added to the registry (its entry
// and its harness path, nothing else) is usable in the failover chain, in
// pricing and by the offline LLM server. The registry's list is replaced by
// itself plus one line (the fixture); every module below is the real one.
import OpenAI from "openai";
import { validate } from "convex-helpers/validators";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { MISTRAL_KEY, mistral } from "./third-provider.test-data";

vi.mock("./list", async () => ({ PROVIDERS: (await import("./third-provider.test-data")).WITH_THIRD_PROVIDER }));

const { DEFAULT_FAILOVER_CHAIN, ownKeyChain, parseChain } = await import("../failover-chain");
const { chargeOf, priceFor, UNKNOWN_MODEL_PRICE } = await import("../pricing");
const { worstCaseCostMicrosForTokens } = await import("../worst-case-cost");
const { PROVIDER_NAMES, isProviderName } = await import("./index");
const { resolveResilienceConfig } = await import("../../convex/providers/resilience/config");
const { parseFailoverChain } = await import("../../convex/providers/resilience/failover-chain");
const { providerValidator, modelValidator, keyIdsPerProviderValidator } =
  await import("../../convex/providers/validators");
const { startLlmServer } = await import("../../scripts/harness/llm-server/server");

describe("a third provider, from its registry entry alone", () => {
  it("is a provider name everywhere names are checked", () => {
    expect(PROVIDER_NAMES).toEqual(["groq", "openrouter", "mistral"]);
    expect(isProviderName("mistral")).toBe(true);
    expect(validate(providerValidator, "mistral")).toBe(true);
    expect(validate(modelValidator, "mistral-large-latest")).toBe(true);
    expect(validate(keyIdsPerProviderValidator, { groq: [], openrouter: [], mistral: ["mistral-1"] })).toBe(true);
    expect(validate(keyIdsPerProviderValidator, { groq: [], openrouter: [] })).toBe(false);
  });

  it("can be written into the failover chain, and its env names tune it", () => {
    const env = {
      LLM_FAILOVER_CHAIN: "mistral:mistral-small-latest,groq:openai/gpt-oss-20b",
      LLM_MISTRAL_RPM: "12",
      LLM_MISTRAL_DAILY_QUOTA: "99",
    };
    const config = resolveResilienceConfig(env);
    expect(config.failoverChain).toEqual([
      { provider: "mistral", model: "mistral-small-latest" },
      { provider: "groq", model: "openai/gpt-oss-20b" },
    ]);
    expect(config.budget.requestsPerMinute).toMatchObject({ mistral: 12, groq: 30, openrouter: 20 });
    expect(config.keys.dailyQuota).toMatchObject({ mistral: 99 });
    expect(resolveResilienceConfig({}).budget.requestsPerMinute).toMatchObject({
      mistral: mistral.defaults.requestsPerMinute,
    });
    expect(() => parseFailoverChain("cohere:command-r")).toThrowError(
      /unknown provider "cohere" \(known: groq, openrouter, mistral\)/,
    );
  });

  it("answers an own-key send with its first chat model when the operator's chain does not name it", () => {
    expect(ownKeyChain("mistral", DEFAULT_FAILOVER_CHAIN)).toEqual([
      { provider: "mistral", model: "mistral-small-latest" },
    ]);
    expect(ownKeyChain("mistral", parseChain("mistral:mistral-large-latest"))).toEqual([
      { provider: "mistral", model: "mistral-large-latest" },
    ]);
  });

  it("is priced from its entry, and its dearer rate becomes the unknown-model price", () => {
    expect(priceFor("mistral", "mistral-large-latest")).toEqual({ inputPerMTok: 2, outputPerMTok: 6, known: true });
    expect(UNKNOWN_MODEL_PRICE).toEqual({ inputPerMTok: 2, outputPerMTok: 6 });
    expect(priceFor("mistral", "mistral-medium")).toEqual({ inputPerMTok: 2, outputPerMTok: 6, known: false });
    // 1,000 prompt tokens at $0.10/M + 500 completion at $0.30/M = 100 + 150 micro-USD.
    const call = {
      provider: "mistral",
      model: "mistral-small-latest",
      usage: { promptTokens: 1_000, completionTokens: 500, estimated: false },
    };
    expect(chargeOf([call]).costMicros).toBe(250);
    // The hold on a chain that ends on it is priced at its model when dearest.
    const chain = parseChain("groq:openai/gpt-oss-20b,mistral:mistral-large-latest");
    const holds = chain.map((link) => worstCaseCostMicrosForTokens({ ...link, promptTokens: 1_000, maxTokens: 1_000 }));
    expect(Math.max(...holds)).toBe(8_000);
  });

  describe("on the offline LLM server, at its harness path", () => {
    let server: Awaited<ReturnType<typeof startLlmServer>>;
    beforeAll(async () => {
      server = await startLlmServer();
    });
    afterAll(() => server.close());

    it("streams a chat reply through the openai SDK and lists its models for the key check", async () => {
      const client = new OpenAI({
        apiKey: MISTRAL_KEY,
        baseURL: `${server.url}${mistral.harness.sdk}`,
        maxRetries: 0,
        logLevel: "off",
      });
      const stream = await client.chat.completions.create({
        model: "mistral-small-latest",
        messages: [{ role: "user", content: "hello" }],
        stream: true,
      });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
      expect(text).toContain("hello");
      const listed = await fetch(`${server.url}${mistral.harness.api}/models`, {
        headers: { authorization: `Bearer ${MISTRAL_KEY}` },
      });
      expect(((await listed.json()) as { data: { id: string }[] }).data.map((m) => m.id)).toEqual([
        "mistral-small-latest",
        "mistral-large-latest",
      ]);
      const log = (await (await fetch(`${server.url}/__control/requests`)).json()) as {
        provider: string;
        path: string;
      }[];
      expect(log.map((r) => [r.provider, r.path])).toEqual([
        ["mistral", "/mistral/v1/chat/completions"],
        ["mistral", "/mistral/v1/models"],
      ]);
    });

    it("does not serve embeddings for a provider whose entry lists none", async () => {
      const response = await fetch(`${server.url}/mistral/v1/embeddings`, {
        method: "POST",
        headers: { authorization: `Bearer ${MISTRAL_KEY}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "x", input: "y" }),
      });
      expect(response.status).toBe(404);
    });
  });
});
