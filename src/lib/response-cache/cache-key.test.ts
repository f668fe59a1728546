import { describe, expect, it } from "vitest";
import { cacheKey, cacheKeyNowOrLater, type CacheKeyInput } from "./cache-key.ts";

const BASE: CacheKeyInput = {
  chain: [
    { provider: "groq", model: "llama-3.3-70b-versatile" },
    { provider: "openrouter", model: "meta-llama/llama-3.3-70b-instruct:free" },
  ],
  context: [
    { role: "user", content: "Hi" },
    { role: "assistant", content: "Hello! How can I help?" },
  ],
  prompt: "Summarise our chat.",
};

describe("cacheKey", () => {
  it("is a 64-char lower-case hex SHA-256", async () => {
    expect(await cacheKey(BASE)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, CacheKeyInput]>([
    ["a structurally equal copy", structuredClone(BASE)],
    [
      "the same fields in another property order",
      {
        prompt: BASE.prompt,
        context: BASE.context.map(({ role, content }) => ({ content, role })),
        chain: BASE.chain.map(({ provider, model }) => ({ model, provider })),
      },
    ],
    [
      "extra incidental fields",
      {
        ...BASE,
        context: BASE.context.map((message, i) => ({ ...message, id: `m${i}`, createdAt: i })),
      } as CacheKeyInput,
    ],
  ])("is equal for %s", async (_name, input) => {
    expect(await cacheKey(input)).toBe(await cacheKey(BASE));
  });

  it.each<[string, CacheKeyInput]>([
    ["another model", { ...BASE, chain: [{ provider: "groq", model: "llama-3.1-8b-instant" }, BASE.chain[1]!] }],
    ["another provider", { ...BASE, chain: [{ provider: "openrouter", model: BASE.chain[0]!.model }, BASE.chain[1]!] }],
    ["a reordered chain", { ...BASE, chain: [...BASE.chain].reverse() }],
    ["a shorter chain", { ...BASE, chain: BASE.chain.slice(0, 1) }],
    ["different context content", { ...BASE, context: [BASE.context[0]!, { role: "assistant", content: "Hey!" }] }],
    ["a different context role", { ...BASE, context: [{ role: "system", content: "Hi" }, BASE.context[1]!] }],
    ["no context", { ...BASE, context: [] }],
    ["another prompt", { ...BASE, prompt: "Summarise our chat!" }],
    [
      "text moved across a field boundary",
      { ...BASE, context: [{ role: "user", content: "Hi Summarise" }, BASE.context[1]!], prompt: "our chat." },
    ],
  ])("differs for %s", async (_name, input) => {
    expect(await cacheKey(input)).not.toBe(await cacheKey(BASE));
  });

  it("differs for text that differs only by Unicode normalisation", async () => {
    const nfc = { ...BASE, prompt: "Résumé".normalize("NFC") };
    const nfd = { ...BASE, prompt: "Résumé".normalize("NFD") };
    expect(nfc.prompt).not.toBe(nfd.prompt);
    expect(await cacheKey(nfc)).not.toBe(await cacheKey(nfd));
  });

  it("hashes a request once: asking again (a cache hit) skips the digest and gives the same key", async () => {
    let digests = 0;
    const counting = {
      subtle: {
        digest: (algorithm: string, data: BufferSource) => (
          digests++,
          globalThis.crypto.subtle.digest(algorithm, data)
        ),
      },
    } as unknown as Crypto;
    const first = await cacheKey(BASE, counting);
    expect(await cacheKey({ ...BASE, chain: [...BASE.chain] }, counting)).toBe(first);
    expect(digests).toBe(1);
    expect(await cacheKey({ ...BASE, prompt: "Something else" }, counting)).not.toBe(first);
    expect(digests).toBe(2);
    expect(first).toBe(await cacheKey(BASE)); // same key as a fresh digest
  });

  it("cacheKeyNowOrLater: a promise for a request not hashed yet, then the same key without waiting", async () => {
    const input = { ...BASE, prompt: "Asked twice in this page" };
    const first = cacheKeyNowOrLater(input);
    expect(first).toBeInstanceOf(Promise);
    const key = await first;
    expect(cacheKeyNowOrLater({ ...input, context: [...input.context] })).toBe(key);
    expect(await cacheKey(input)).toBe(key);
  });
});
