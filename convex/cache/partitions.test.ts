import { afterEach, describe, expect, it } from "vitest";
import { internal } from "../_generated/api";
import { embedLocally } from "../../rules/embeddings-local";
import { LOCAL_EMBEDDER } from "../../rules/embeddings";
import { newBackend, signIn } from "../test.setup";
import { cachedAnswer, lookup, lookupRelaxed, turnsFor } from "./fixtures.test-helpers";
import { SEMANTIC_CANDIDATES } from "./config";
import { contextKeyOf } from "./keys";

afterEach(() => {
  delete process.env.CACHE_SHARED_SCOPE;
});

const FRANCE = "What is the capital of France?";

describe("partitions without the shared scope", () => {
  it("one user's identical or paraphrased prompt never gets another user's answer", async () => {
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    await cachedAnswer(t, ada.userId, { prompt: FRANCE, reply: "Ada's answer" });
    for (const prompt of [FRANCE, "what is the capital of france", "What's the capital of France, please?"]) {
      expect(await lookup(t, bob.userId, turnsFor(prompt))).toBeNull();
      expect(await lookupRelaxed(t, bob.userId, turnsFor(prompt))).toBeNull();
    }
    expect(await lookup(t, ada.userId, turnsFor(FRANCE))).toMatchObject({ entry: { reply: "Ada's answer" } });
  });

  it("the partition is filtered inside the vector index: more look-alikes of another user than one search returns cannot crowd out the owner's entry", async () => {
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    for (let i = 0; i < SEMANTIC_CANDIDATES + 8; i++)
      await cachedAnswer(t, bob.userId, { prompt: `${FRANCE}${"!".repeat(i)}`, reply: `Bob's ${i}` });
    await cachedAnswer(t, ada.userId, { prompt: "what is the capital of France, please", reply: "Ada's answer" });
    const hit = await lookup(t, ada.userId, turnsFor("What's the capital of France?"));
    expect(hit).toMatchObject({ tier: "semantic", entry: { reply: "Ada's answer", partition: ada.userId } });
  });

  it("a vector whose partition disagrees with its entry's is never served (defence in depth)", async () => {
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    const { replyId } = await cachedAnswer(t, bob.userId, { prompt: FRANCE, reply: "Bob's answer" });
    await t.run(async (ctx) => {
      const entry = (await ctx.db
        .query("cacheEntries")
        .withIndex("by_message", (q) => q.eq("messageId", replyId))
        .unique())!;
      await ctx.db.insert("cacheVectors", {
        entryId: entry._id,
        partition: ada.userId,
        embedder: LOCAL_EMBEDDER,
        embedding: embedLocally(FRANCE),
      });
    });
    const results = [
      { _id: (await t.run((ctx) => ctx.db.query("cacheVectors").order("desc").first()))!._id, _score: 1 },
    ];
    const contextKey = await contextKeyOf(
      ["groq:openai/gpt-oss-20b", "openrouter:qwen/qwen3-coder:free"],
      turnsFor(FRANCE),
    );
    const candidates = await t.query(internal.cache.entries.semanticCandidates, {
      results,
      partitions: [ada.userId],
      embedder: LOCAL_EMBEDDER,
      contextKey,
      now: Date.now(),
    });
    expect(candidates).toEqual([]);
    expect(await lookup(t, ada.userId, turnsFor("what's the capital of france"))).toBeNull();
  });
});

describe("partitions with the shared scope (CACHE_SHARED_SCOPE=true)", () => {
  it("an impersonal single-turn answer is shared, exactly and by paraphrase", async () => {
    process.env.CACHE_SHARED_SCOPE = "true";
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    await cachedAnswer(t, ada.userId, { prompt: FRANCE, reply: "Paris." });
    expect(await lookup(t, bob.userId, turnsFor(FRANCE))).toMatchObject({
      tier: "exact",
      entry: { partition: "shared", reply: "Paris." },
    });
    expect(await lookup(t, bob.userId, turnsFor("What's the capital of France, please?"))).toMatchObject({
      tier: "semantic",
      entry: { partition: "shared" },
    });
    // The owner is served from their own partition first.
    expect(await lookup(t, ada.userId, turnsFor(FRANCE))).toMatchObject({ entry: { partition: ada.userId } });
  });

  it("never shares a personal prompt, the author's name, or a conversation with history", async () => {
    process.env.CACHE_SHARED_SCOPE = "true";
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    const earlier: Array<[string, string]> = [["Explain TCP", "TCP is…"]];
    await cachedAnswer(t, ada.userId, { prompt: "Is my essay intro too long?" });
    await cachedAnswer(t, ada.userId, { prompt: "Write a birthday poem for ada" });
    await cachedAnswer(t, ada.userId, { prompt: "How does it differ from UDP?", earlier });
    expect(await lookup(t, bob.userId, turnsFor("Is my essay intro too long?"))).toBeNull();
    expect(await lookup(t, bob.userId, turnsFor("Write a birthday poem for ada"))).toBeNull();
    expect(await lookup(t, bob.userId, turnsFor("How does it differ from UDP?", earlier))).toBeNull();
    const shared = await t.run((ctx) =>
      ctx.db
        .query("cacheEntries")
        .filter((q) => q.eq(q.field("partition"), "shared"))
        .collect(),
    );
    expect(shared).toEqual([]);
  });

  it("a personal lookup does not read the shared partition, and switching the scope off stops serving it", async () => {
    process.env.CACHE_SHARED_SCOPE = "true";
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    await cachedAnswer(t, ada.userId, { prompt: "Is my code correct?" }); // personal: Ada's partition only
    await cachedAnswer(t, ada.userId, { prompt: FRANCE });
    expect(await lookup(t, bob.userId, turnsFor("Is my code correct?"))).toBeNull();
    delete process.env.CACHE_SHARED_SCOPE;
    expect(await lookup(t, bob.userId, turnsFor(FRANCE))).toBeNull();
    expect(await lookupRelaxed(t, bob.userId, turnsFor(FRANCE))).toBeNull();
  });
});
