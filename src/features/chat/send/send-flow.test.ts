import { ConvexError } from "convex/values";
import { describe, expect, it, vi } from "vitest";
import type { Id } from "../../../../convex/_generated/dataModel";
import { chainFor, DEFAULT_CHAIN } from "@/lib/byok/byok-chain";
import { SendRefusal } from "@/lib/byok/send-refusal";
import { cacheKey } from "@/lib/response-cache/cache-key";
import { createResponseCache } from "@/lib/response-cache/response-cache";
import type { CachedReply } from "@/lib/response-cache/user-reply-cache";
import type { ByokProvider } from "@/lib/vault/byok-provider";
import type { Message } from "../message";
import { completeReply } from "./reply-completion";
import { sendThroughGuardrails, type SendDeps } from "./send-flow";

const conversationId = "conv_1" as Id<"conversations">;
const REPLY: CachedReply = {
  messageId: "m_source" as Id<"messages">,
  content: "Cached answer",
  provider: "groq",
  model: "openai/gpt-oss-20b",
};

/** Records every step in order, so tests can say what happened before what. */
function harness(byok: ByokProvider | null = null) {
  const steps: string[] = [];
  const cache = createResponseCache<CachedReply>();
  let sent = 0;
  const deps = {
    byok,
    cache,
    chainFor,
    cacheKeyOf: (input) => cacheKey(input),
    showCached: vi.fn((prompt: string, reply: CachedReply) => {
      steps.push(`show:${prompt}:${reply.content}`);
      return { stored: () => steps.push("shown-stored"), discard: () => steps.push("shown-discarded") };
    }),
    afterPaint: vi.fn(async () => void steps.push("painted")),
    storeCached: vi.fn(async () => {
      steps.push("storeCached");
      return { conversationId, assistantMessageId: "m_cached" as Id<"messages"> };
    }),
    ownKey: vi.fn(async (provider: ByokProvider) => {
      steps.push(`ownKey:${provider}`);
      return "the-users-key";
    }),
    send: vi.fn(async (prompt: string, ownKeyProvider?: ByokProvider) => {
      steps.push(`send:${prompt}:${ownKeyProvider ?? "deployment"}`);
      return { conversationId, assistantMessageId: `m_${++sent}` as Id<"messages"> };
    }),
    generateWithOwnKey: vi.fn((id: Id<"messages">) => void steps.push(`generate:${id}`)),
    expectReply: vi.fn(),
  } satisfies SendDeps;
  return { deps, steps, cache };
}

const doneReply = (overrides: Partial<Message> = {}) =>
  ({
    _id: "m_1",
    _creationTime: 0,
    conversationId,
    role: "assistant",
    status: "done",
    content: "Fresh answer",
    provider: "groq",
    model: "openai/gpt-oss-20b",
    costMicros: 321,
    ...overrides,
  }) as Message;

describe("sendThroughGuardrails: the response cache", () => {
  it("a miss goes to the server and asks to cache the reply under the request's key; the done reply then fills the cache", async () => {
    const { deps, steps, cache } = harness();
    const outcome = await sendThroughGuardrails(deps, { prompt: "What is a guardrail?", context: [] });
    expect(outcome).toMatchObject({ kind: "provider", assistantMessageId: "m_1" });
    expect(steps).toEqual(["send:What is a guardrail?:deployment"]);
    const key = await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "What is a guardrail?" });
    expect(deps.expectReply).toHaveBeenCalledWith("m_1", { cacheKey: key });

    completeReply(
      doneReply(),
      { cacheKey: key, userId: "u", sentAt: 0 },
      { cacheReply: (_u, k, r) => cache.set(k, r), recordOwnKeySpend: vi.fn(), track: vi.fn(), now: () => 0 },
    );
    // The entry names the stored reply, so a later hit can ask the server to copy it.
    expect(cache.get(key)).toEqual({
      messageId: "m_1",
      content: "Fresh answer",
      provider: "groq",
      model: "openai/gpt-oss-20b",
    });
  });

  it("a hit is shown at once, before any network call, and stored without the server's send", async () => {
    const { deps, steps, cache } = harness();
    cache.set(await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Same question" }), REPLY);
    const outcome = await sendThroughGuardrails(deps, { prompt: "Same question", context: [] });
    expect(steps).toEqual(["show:Same question:Cached answer", "painted", "storeCached", "shown-stored"]);
    expect(outcome).toMatchObject({ kind: "cached", reply: REPLY, assistantMessageId: "m_cached" });
    expect(deps.send).not.toHaveBeenCalled();
    expect(deps.storeCached).toHaveBeenCalledWith("Same question", REPLY);
  });

  it("with a key known without hashing, the hit is on screen before the send yields (one render with the composer's update)", async () => {
    const { deps, steps, cache } = harness();
    const key = await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Same question" });
    cache.set(key, REPLY);
    const hashing = sendThroughGuardrails(deps, { prompt: "Same question", context: [] });
    expect([...steps]).toEqual([]); // a key still being hashed: nothing before the first await
    await hashing;
    steps.length = 0;
    const sending = sendThroughGuardrails({ ...deps, cacheKeyOf: () => key }, { prompt: "Same question", context: [] });
    expect([...steps]).toEqual(["show:Same question:Cached answer", "painted"]); // synchronously; nothing stored yet
    await sending;
    expect(steps).toEqual(["show:Same question:Cached answer", "painted", "storeCached", "shown-stored"]);
  });

  it("the same prompt in another context, or with another chain, is a miss", async () => {
    const { deps, cache } = harness();
    cache.set(await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" }), REPLY);
    await sendThroughGuardrails(deps, { prompt: "Q", context: [{ role: "user", content: "earlier" }] });
    const ownKey = harness("groq");
    ownKey.cache.set(await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" }), REPLY);
    await sendThroughGuardrails(ownKey.deps, { prompt: "Q", context: [] });
    expect(deps.showCached).not.toHaveBeenCalled();
    expect(ownKey.deps.showCached).not.toHaveBeenCalled();
  });

  it("a failed store takes the shown exchange away again and rejects (the composer keeps the draft)", async () => {
    const { deps, steps, cache } = harness();
    cache.set(await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" }), REPLY);
    deps.storeCached.mockRejectedValueOnce(new Error("offline"));
    await expect(sendThroughGuardrails(deps, { prompt: "Q", context: [] })).rejects.toThrow("offline");
    expect(steps).toEqual(["show:Q:Cached answer", "painted", "shown-discarded"]);
    expect(deps.storeCached).toHaveBeenCalledTimes(1);
  });

  it("a refusal such as the rate limit takes the shown exchange away and rejects like any send refusal", async () => {
    const { deps, steps, cache } = harness();
    const key = await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" });
    cache.set(key, REPLY);
    const limited = new ConvexError({ code: "rate_limited", retryAfterMs: 12_000, limit: 5 });
    deps.storeCached.mockRejectedValueOnce(limited);
    await expect(sendThroughGuardrails(deps, { prompt: "Q", context: [] })).rejects.toBe(limited);
    expect(steps).toEqual(["show:Q:Cached answer", "painted", "shown-discarded"]);
    expect(deps.send).not.toHaveBeenCalled();
    expect(cache.get(key)).toEqual(REPLY); // still valid: it may be copied once the limit lifts
  });

  it("a hit the server cannot verify (expired there, another context) is forgotten and sent as a miss", async () => {
    const { deps, steps, cache } = harness();
    const key = await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" });
    cache.set(key, REPLY);
    deps.storeCached.mockRejectedValueOnce(new ConvexError({ code: "cached_reply_unverified" }));
    const outcome = await sendThroughGuardrails(deps, { prompt: "Q", context: [] });
    expect(steps).toEqual(["show:Q:Cached answer", "painted", "shown-discarded", "send:Q:deployment"]);
    expect(outcome).toMatchObject({ kind: "provider", assistantMessageId: "m_1" });
    expect(deps.expectReply).toHaveBeenCalledWith("m_1", { cacheKey: key });
    expect(cache.get(key)).toBeUndefined();
  });

  it("Regenerate bypasses a hit, sends normally and forgets the stale entry", async () => {
    const { deps, steps, cache } = harness();
    const staleKey = await cacheKey({ chain: DEFAULT_CHAIN, context: [], prompt: "Q" });
    cache.set(staleKey, REPLY);
    const contextNow = [
      { role: "user", content: "Q" },
      { role: "assistant", content: "Cached answer" },
    ];
    const outcome = await sendThroughGuardrails(deps, {
      prompt: "Q",
      context: contextNow,
      regenerate: { staleContext: [] },
    });
    expect(outcome.kind).toBe("provider");
    expect(steps).toEqual(["send:Q:deployment"]);
    expect(deps.send).toHaveBeenCalledWith("Q", undefined, { fresh: true }); // the server must not answer it from its cache either
    expect(cache.get(staleKey)).toBeUndefined();
  });
});

describe("sendThroughGuardrails: the user's own key", () => {
  it("checks limit and key before the server, sends marked as own-key, then generates with that key", async () => {
    const { deps, steps } = harness("openrouter");
    await sendThroughGuardrails(deps, { prompt: "Hello", context: [{ role: "user", content: "12345" }] });
    expect(steps).toEqual(["ownKey:openrouter", "send:Hello:openrouter", "generate:m_1"]);
    expect(deps.ownKey).toHaveBeenCalledWith("openrouter", 10); // context + prompt characters
    expect(deps.generateWithOwnKey).toHaveBeenCalledWith("m_1", "the-users-key");
    expect(deps.expectReply).toHaveBeenCalledWith("m_1", expect.objectContaining({ byok: "openrouter" }));
  });

  it("a refusal (over the own limit, no key) stops the send before the server sees it", async () => {
    const { deps } = harness("groq");
    deps.ownKey.mockRejectedValueOnce(new SendRefusal("over your own daily limit"));
    await expect(sendThroughGuardrails(deps, { prompt: "Hello", context: [] })).rejects.toBeInstanceOf(SendRefusal);
    expect(deps.send).not.toHaveBeenCalled();
    expect(deps.generateWithOwnKey).not.toHaveBeenCalled();
  });
});
