import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clearFaults, clearRequests, receivedRequests, setFault } from "../../scripts/harness/llm-server/control";
import {
  EMBEDDING_DIMENSIONS,
  embeddingCostMicros,
  LOCAL_EMBEDDER,
  REMOTE_EMBEDDING_MODEL,
} from "../../rules/embeddings";
import { embedLocally } from "../../rules/embeddings-local";
import { newBackend, signIn, startProviders } from "../test.setup";
import { cachedAnswer, lookup, lookupRelaxed, turnsFor } from "../cache/fixtures.test-helpers";
import { embeddingsProvider } from "./config";
import { embedText } from "./embed";
import { EmbeddingMemo } from "./memo";

let llm: Awaited<ReturnType<typeof startProviders>>;
beforeAll(async () => {
  llm = await startProviders();
});
afterEach(async () => {
  for (const name of ["EMBEDDINGS_PROVIDER", "OPENROUTER_API_KEY"]) delete process.env[name];
  await clearFaults(llm.url);
  await clearRequests(llm.url);
});
afterAll(() => llm.close());

const useOpenRouter = () =>
  Object.assign(process.env, { EMBEDDINGS_PROVIDER: "openrouter", OPENROUTER_API_KEY: "sk-or-embeddings-test" });
const embeddingCalls = async () => (await receivedRequests(llm.url)).filter((r) => r.path.endsWith("/embeddings"));
const PROMPT = "How do I reverse a list in Python?";

describe("the embeddings seam", () => {
  it("uses the built-in embedder when nothing is configured: free, no network", async () => {
    const embedding = await embedText(PROMPT);
    expect(embedding).toMatchObject({ embedder: LOCAL_EMBEDDER, costMicros: 0, tokensEstimated: false });
    expect(embedding.vector).toEqual(embedLocally(PROMPT));
    expect(await embeddingCalls()).toEqual([]);
  });

  it("calls OpenRouter's /embeddings through the openai SDK at the fixed dimensions, priced from reported usage", async () => {
    useOpenRouter();
    const embedding = await embedText(PROMPT);
    expect(embedding.vector).toHaveLength(EMBEDDING_DIMENSIONS);
    embedding.vector.forEach((x, i) => expect(x).toBeCloseTo(embedLocally(PROMPT)[i]!, 12)); // the server embeds with the same function
    const reported = Math.ceil(PROMPT.length / 4);
    expect(embedding).toMatchObject({
      embedder: `openrouter:${REMOTE_EMBEDDING_MODEL}`,
      tokens: reported,
      tokensEstimated: false,
      costMicros: embeddingCostMicros(REMOTE_EMBEDDING_MODEL, reported),
    });
    expect(await embeddingCalls()).toMatchObject([{ provider: "openrouter", model: REMOTE_EMBEDDING_MODEL }]);
  });

  it("refuses an unknown EMBEDDINGS_PROVIDER and a missing key with clear errors", async () => {
    expect(() => embeddingsProvider({ EMBEDDINGS_PROVIDER: "openai" })).toThrow(/EMBEDDINGS_PROVIDER must be/);
    process.env.EMBEDDINGS_PROVIDER = "openrouter";
    await expect(embedText(PROMPT)).rejects.toThrow(/OPENROUTER_API_KEY/);
  });

  it("a memo embeds a prompt once per generation and sums what was spent", async () => {
    useOpenRouter();
    const memo = new EmbeddingMemo();
    await memo.embedding(PROMPT);
    await memo.embedding(PROMPT);
    expect(await embeddingCalls()).toHaveLength(1);
    expect(memo.spent).toEqual({ calls: 1, tokens: Math.ceil(PROMPT.length / 4), costMicros: 1 });
  });
});

describe("the server cache on the remote embedder (convex-test, real SDK, local LLM server)", () => {
  it("records and serves a paraphrase with OpenRouter vectors", async () => {
    useOpenRouter();
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, { prompt: PROMPT, reply: "Use reversed()." });
    const vectors = await t.run((ctx) => ctx.db.query("cacheVectors").collect());
    expect(vectors.map((v) => v.embedder).sort()).toEqual([LOCAL_EMBEDDER, `openrouter:${REMOTE_EMBEDDING_MODEL}`]);
    expect(await lookup(t, ada.userId, turnsFor("how can I reverse lists in python"))).toMatchObject({
      tier: "semantic",
      entry: { reply: "Use reversed()." },
    });
    expect(await embeddingCalls()).toHaveLength(2);
  });

  it("a failing embedding provider means a semantic miss, never an error; the relaxed match still works offline", async () => {
    useOpenRouter();
    await setFault(llm.url, { provider: "openrouter", endpoint: "embeddings", fault: { status: 503 } });
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { turns } = await cachedAnswer(t, ada.userId, { prompt: PROMPT });
    expect((await t.run((ctx) => ctx.db.query("cacheVectors").collect())).map((v) => v.embedder)).toEqual([
      LOCAL_EMBEDDER,
    ]);
    expect(await lookup(t, ada.userId, turns)).toMatchObject({ tier: "exact" });
    expect(await lookup(t, ada.userId, turnsFor("how can I reverse lists in python"))).toBeNull();
    const callsBefore = (await embeddingCalls()).length;
    expect(await lookupRelaxed(t, ada.userId, turnsFor("how can I reverse lists in python"))).toMatchObject({
      tier: "semantic",
    });
    expect(await embeddingCalls()).toHaveLength(callsBefore); // no network for the relaxed tier
  });

  it("never compares vectors from different embedders", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, { prompt: PROMPT }); // built-in embedder
    useOpenRouter();
    expect(await lookup(t, ada.userId, turnsFor("how can I reverse lists in python"))).toBeNull();
    expect(await lookup(t, ada.userId, turnsFor(PROMPT))).toMatchObject({ tier: "exact" });
    // The relaxed tier searches built-in vectors, which every entry has.
    expect(await lookupRelaxed(t, ada.userId, turnsFor("how can I reverse lists in python"))).toMatchObject({
      tier: "semantic",
    });
  });
});
