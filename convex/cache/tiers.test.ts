import { afterEach, describe, expect, it } from "vitest";
import { newBackend, signIn } from "../test.setup";
import { CHAIN, cachedAnswer, lookup, lookupRelaxed, turnsFor } from "./fixtures.test-helpers";
import { internal } from "../_generated/api";

afterEach(() => {
  delete process.env.CACHE_SHARED_SCOPE;
});

describe("exact tier", () => {
  it("answers the same chain, context and prompt, whatever the case and spacing", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const { replyId } = await cachedAnswer(t, ada.userId, {
      prompt: "What is the capital of France?",
      reply: "Paris.",
    });
    const hit = await lookup(t, ada.userId, turnsFor("  what is the capital of   FRANCE "));
    expect(hit).toMatchObject({ tier: "exact", similarity: 1, entry: { reply: "Paris.", messageId: replyId } });
  });

  it("misses with another model chain or another earlier exchange", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, {
      prompt: "And in Rust?",
      earlier: [["How do I read a file in Go?", "Use os.ReadFile."]],
    });
    const otherChain = await t.action(internal.cache.actions.lookup, {
      ownerId: ada.userId,
      chain: CHAIN.slice(1),
      turns: turnsFor("And in Rust?", [["How do I read a file in Go?", "Use os.ReadFile."]]),
      now: Date.now(),
    });
    expect(otherChain).toBeNull();
    expect(
      await lookup(t, ada.userId, turnsFor("And in Rust?", [["How do I read a file in Python?", "Use open()."]])),
    ).toBeNull();
    expect(
      await lookup(t, ada.userId, turnsFor("And in Rust?", [["How do I read a file in Go?", "Use os.ReadFile."]])),
    ).toMatchObject({ tier: "exact" });
  });

  it("still serves a long conversation exactly, though never semantically", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const earlier: Array<[string, string]> = [
      ["Explain TCP", "…"],
      ["Explain UDP", "…"],
    ];
    await cachedAnswer(t, ada.userId, { prompt: "Which one does DNS use?", earlier });
    expect(await lookup(t, ada.userId, turnsFor("which one does DNS use", earlier))).toMatchObject({ tier: "exact" });
    expect(await lookup(t, ada.userId, turnsFor("Which one does DNS use, please?", earlier))).toBeNull();
    expect(await t.run((ctx) => ctx.db.query("cacheVectors").collect())).toHaveLength(0);
  });
});

describe("semantic tier", () => {
  it("answers a paraphrase at ≥ 0.95 with the guard's agreement", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, {
      prompt: "How do I reverse a list in Python?",
      reply: "Use reversed() or list.reverse().",
    });
    const hit = await lookup(t, ada.userId, turnsFor("how can I reverse lists in python, please"));
    expect(hit?.tier).toBe("semantic");
    expect(hit!.similarity).toBeGreaterThanOrEqual(0.95);
    expect(hit!.entry.reply).toBe("Use reversed() or list.reverse().");
  });

  it("after one earlier exchange, only with the same context", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    const earlier: Array<[string, string]> = [["Explain TCP", "TCP is reliable."]];
    await cachedAnswer(t, ada.userId, { prompt: "How does it differ from UDP?", earlier });
    expect(await lookup(t, ada.userId, turnsFor("how does it differ from udp, please", earlier))).toMatchObject({
      tier: "semantic",
    });
    expect(
      await lookup(t, ada.userId, turnsFor("how does it differ from udp, please", [["Explain QUIC", "QUIC is…"]])),
    ).toBeNull();
  });

  it("never serves a near miss, however close: numbers, negation, entities, language", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    for (const prompt of [
      "What is 2+2?",
      "Is it safe to eat raw eggs?",
      "Who is the CEO of Tesla?",
      "How do I reverse a list in Python?",
    ]) {
      await cachedAnswer(t, ada.userId, { prompt });
    }
    for (const prompt of [
      "What is 2+3?",
      "Is it not safe to eat raw eggs?",
      "Who is the CEO of Google?",
      "How do I reverse a list in Ruby?",
    ]) {
      expect(await lookup(t, ada.userId, turnsFor(prompt))).toBeNull();
      expect(await lookupRelaxed(t, ada.userId, turnsFor(prompt))).toBeNull();
    }
  });

  it("the relaxed lookup finds a near match the normal one refuses, naming the question it answered", async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    await cachedAnswer(t, ada.userId, { prompt: "Explain gradient descent" });
    const turns = turnsFor("Explain gradient descent simply");
    expect(await lookup(t, ada.userId, turns)).toBeNull();
    const near = await lookupRelaxed(t, ada.userId, turns);
    expect(near).toMatchObject({ tier: "semantic", entry: { prompt: "Explain gradient descent" } });
    expect(near!.similarity).toBeGreaterThanOrEqual(0.75);
    expect(near!.similarity).toBeLessThan(0.95);
  });
});
