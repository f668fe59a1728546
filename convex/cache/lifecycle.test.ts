import { afterEach, describe, expect, it } from "vitest";
import { internal } from "../_generated/api";
import { newBackend, signIn } from "../test.setup";
import { cachedAnswer, lookup, lookupRelaxed, record, turnsFor } from "./fixtures.test-helpers";
import { deleteCacheForConversation, forgetCacheForMessage } from "./cleanup";

afterEach(() => {
  delete process.env.CACHE_TTL_MINUTES;
  delete process.env.CACHE_SHARED_SCOPE;
});

const MINUTE = 60_000;
const counts = (t: ReturnType<typeof newBackend>) =>
  t.run(async (ctx) => ({
    entries: (await ctx.db.query("cacheEntries").collect()).length,
    vectors: (await ctx.db.query("cacheVectors").collect()).length,
  }));

describe("time to live", () => {
  it("entries live 30 minutes by default, then no tier serves them", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { turns } = await cachedAnswer(t, ada.userId, { prompt: "Explain the CAP theorem" });
    const [entry] = await t.run((ctx) => ctx.db.query("cacheEntries").collect());
    expect(entry!.expiresAt - entry!.createdAt).toBe(30 * MINUTE);
    expect(await lookup(t, ada.userId, turns, entry!.expiresAt - 1)).toMatchObject({ tier: "exact" });
    expect(await lookup(t, ada.userId, turns, entry!.expiresAt)).toBeNull();
    expect(await lookup(t, ada.userId, turnsFor("explain the CAP theorem, please"), entry!.expiresAt + 1)).toBeNull();
    expect(
      await lookupRelaxed(t, ada.userId, turnsFor("explain the CAP theorem simply"), entry!.expiresAt + 1),
    ).toBeNull();
  });

  it("CACHE_TTL_MINUTES sets the lifetime", async () => {
    process.env.CACHE_TTL_MINUTES = "5";
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, { prompt: "Explain the CAP theorem" });
    const [entry] = await t.run((ctx) => ctx.db.query("cacheEntries").collect());
    expect(entry!.expiresAt - entry!.createdAt).toBe(5 * MINUTE);
  });

  it("the cleanup deletes expired entries with their vectors, in batches, and keeps live ones", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    for (let i = 0; i < 3; i++) await cachedAnswer(t, ada.userId, { prompt: `Explain topic number ${i}` });
    const fresh = await cachedAnswer(t, ada.userId, { prompt: "Explain the newest topic" });
    await t.run(async (ctx) => {
      const newest = await ctx.db
        .query("cacheEntries")
        .withIndex("by_message", (q) => q.eq("messageId", fresh.replyId))
        .unique();
      await ctx.db.patch(newest!._id, { expiresAt: newest!.expiresAt + 60 * MINUTE });
    });
    expect(await counts(t)).toEqual({ entries: 4, vectors: 4 });
    const purged = await t.mutation(internal.cache.cleanup.purgeExpired, { now: Date.now() + 31 * MINUTE });
    expect(purged).toBe(3);
    expect(await counts(t)).toEqual({ entries: 1, vectors: 1 });
  });
});

describe("deletion", () => {
  it("deleting a conversation's cache removes its entries in every partition, shared included", async () => {
    process.env.CACHE_SHARED_SCOPE = "true";
    const t = newBackend();
    const [ada, bob] = [await signIn(t, { name: "ada" }), await signIn(t, { name: "bob" })];
    const { conversationId, turns } = await cachedAnswer(t, ada.userId, { prompt: "What is the capital of France?" });
    await cachedAnswer(t, ada.userId, { prompt: "Explain the CAP theorem" });
    expect(await counts(t)).toEqual({ entries: 4, vectors: 4 });
    await t.run((ctx) => deleteCacheForConversation(ctx, conversationId));
    expect(await counts(t)).toEqual({ entries: 2, vectors: 2 });
    expect(await lookup(t, ada.userId, turns)).toBeNull();
    expect(await lookup(t, bob.userId, turns)).toBeNull();
    expect(await lookup(t, ada.userId, turnsFor("Explain the CAP theorem"))).toMatchObject({ tier: "exact" });
  });

  it("recording a reply again (a retry) replaces its entry; forgetting a reply removes it", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId, turns } = await cachedAnswer(t, ada.userId, { prompt: "Explain the CAP theorem", reply: "first" });
    await t.run((ctx) => ctx.db.patch(replyId, { content: "second" }));
    expect(await record(t, replyId, turns)).toEqual({ stored: 1 });
    expect(await counts(t)).toEqual({ entries: 1, vectors: 1 });
    expect(await lookup(t, ada.userId, turns)).toMatchObject({ entry: { reply: "second" } });
    await t.run((ctx) => forgetCacheForMessage(ctx, replyId));
    expect(await counts(t)).toEqual({ entries: 0, vectors: 0 });
  });
});
