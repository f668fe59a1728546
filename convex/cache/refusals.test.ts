import { describe, expect, it } from "vitest";
import { internal } from "../_generated/api";
import type { Doc } from "../_generated/dataModel";
import { newBackend, signIn } from "../test.setup";
import { CHAIN, conversationWithReply, lookup, record } from "./fixtures.test-helpers";

const PROMPT = "Explain the CAP theorem";
const cases: Array<[string, Partial<Doc<"messages">>, string, string[]?]> = [
  ["a failed reply", { status: "failed", errorCode: "provider_unavailable" }, "not_a_finished_reply"],
  ["a stopped reply", { status: "stopped" }, "not_a_finished_reply"],
  ["a reply still streaming", { status: "streaming" }, "not_a_finished_reply"],
  ["a BYOK reply", { byok: "groq" }, "byok"],
  [
    "a reply with estimated usage",
    { usage: { promptTokens: 10, completionTokens: 10, estimated: true } },
    "estimated_usage",
  ],
  ["a reply with no usage", { usage: undefined }, "estimated_usage"],
  ["a reply that is itself a cached copy", { cached: true }, "cached_copy"],
  ["a flagged reply", { flags: ["prompt_injection"] }, "flagged"],
  ["the answer to a flagged prompt", {}, "flagged", ["prompt_injection"]],
  ["an empty reply", { content: "  " }, "empty"],
];

describe("never cached", () => {
  for (const [name, replyFields, refusal, promptFlags] of cases) {
    it(`refuses ${name}`, async () => {
      const t = newBackend();
      const ada = await signIn(t, { name: "ada" });
      const { replyId, turns } = await conversationWithReply(t, ada.userId, {
        prompt: PROMPT,
        replyFields,
        promptFlags,
      });
      expect(await record(t, replyId, turns)).toEqual({ refused: refusal });
      expect(await t.run((ctx) => ctx.db.query("cacheEntries").collect())).toEqual([]);
      expect(await lookup(t, ada.userId, turns)).toBeNull();
    });
  }

  it("refuses turns whose prompt is not the reply's stored prompt (no question paired with another's answer)", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId, turns } = await conversationWithReply(t, ada.userId, { prompt: PROMPT });
    const swapped = [...turns.slice(0, -1), { role: "user" as const, content: "What is 2+2?" }];
    expect(await record(t, replyId, swapped)).toEqual({ refused: "prompt_mismatch" });
  });

  it("the storing transaction enforces the refusals itself, even when the check is skipped", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId, turns } = await conversationWithReply(t, ada.userId, {
      prompt: PROMPT,
      replyFields: { byok: "openrouter" },
    });
    const outcome = await t.mutation(internal.cache.record.store, { replyId, chain: CHAIN, turns, now: Date.now() });
    expect(outcome).toEqual({ refused: "byok" });
    expect(await t.run((ctx) => ctx.db.query("cacheEntries").collect())).toEqual([]);
  });

  it("a reply stopped between the check and the store is refused by the store", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId, turns } = await conversationWithReply(t, ada.userId, { prompt: PROMPT });
    expect(await t.query(internal.cache.record.check, { replyId, turns })).toBeNull();
    await t.run((ctx) => ctx.db.patch(replyId, { status: "stopped" }));
    expect(await t.mutation(internal.cache.record.store, { replyId, chain: CHAIN, turns, now: Date.now() })).toEqual({
      refused: "not_a_finished_reply",
    });
  });

  it("a vector for some other text is not stored with the entry", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId, turns } = await conversationWithReply(t, ada.userId, { prompt: PROMPT });
    const embeddings = [
      {
        vector: new Array<number>(512).fill(0).map((_, i) => (i === 0 ? 1 : 0)),
        embedder: "local:hashed-ngrams-v1",
        text: "What is 2+2?",
      },
    ];
    expect(
      await t.mutation(internal.cache.record.store, { replyId, chain: CHAIN, turns, now: Date.now(), embeddings }),
    ).toEqual({ stored: 1 });
    expect(await t.run((ctx) => ctx.db.query("cacheVectors").collect())).toEqual([]);
  });
});
