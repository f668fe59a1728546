// One send, through the client's guardrails, in order:
//  1. the response cache: a hit is shown at once, before any network round
//     trip, then the server copies the reply it came from (verified: same
//     user, prompt, context and chain, within the cache's lifetime; counted
//     by the per-minute limit, no provider call, no budget). A hit the server
//     cannot verify is forgotten and the request goes on as a miss;
//  2. with the user's own key: their daily limit and their key, both checked
//     before the server is asked, then the reply is generated with that key;
//  3. otherwise the server's send, which applies every server guardrail.
// Dependencies are injected so this order is unit-tested without Convex.

import type { Id } from "../../../../convex/_generated/dataModel";
import { appErrorOf } from "@rules/app-error-of";
import { debugLog } from "@/lib/debug/ai-debug";
import type { ChainLink } from "@/lib/byok/byok-chain";
import type { CacheKeyInput } from "@/lib/response-cache/cache-key";
import type { ResponseCache } from "@/lib/response-cache/response-cache";
import type { CachedReply } from "@/lib/response-cache/user-reply-cache";
import type { ByokProvider } from "@/lib/vault/byok-provider";
import { contextChars, type ContextTurn } from "./cache-context";

type Sent = { conversationId: Id<"conversations">; assistantMessageId: Id<"messages"> };
export type OptimisticHandle = { stored(sent: Sent): void; discard(): void };
export type ReplyExpectation = { cacheKey?: string; byok?: ByokProvider };

export interface SendDeps {
  byok: ByokProvider | null;
  cache: ResponseCache<CachedReply>;
  chainFor(byok: ByokProvider | null): readonly ChainLink[];
  /** A string when the key is known without hashing (a request seen before): a hit then shows without waiting a microtask. */
  cacheKeyOf(input: CacheKeyInput): string | Promise<string>;
  /** Synchronous: the exchange must be in the DOM when this returns. */
  showCached(prompt: string, reply: CachedReply): OptimisticHandle;
  /** Resolves once the browser has had the chance to paint it. */
  afterPaint(): Promise<void>;
  /** Asks the server to copy `reply.messageId` for this prompt; rejects like a send (rate limit…) or with cached_reply_unverified. */
  storeCached(prompt: string, reply: CachedReply): Promise<Sent>;
  /** Rejects with a SendRefusal when the own-key limit or the key itself is missing. */
  ownKey(provider: ByokProvider, promptChars: number): Promise<string>;
  /** `fresh`: a regenerate, which the server answers from a provider, never from its cache. */
  send(prompt: string, ownKeyProvider?: ByokProvider, options?: { fresh: true }): Promise<Sent>;
  /** Starts generation with the user's key; does not wait for the reply. */
  generateWithOwnKey(assistantMessageId: Id<"messages">, apiKey: string): void;
  /** Watch this reply: add it to the cache / count its cost once it is done. */
  expectReply(assistantMessageId: Id<"messages">, expectation: ReplyExpectation): void;
}

export type SendRequest = {
  prompt: string;
  context: ContextTurn[];
  /** Regenerate: skip the cache, and forget the entry a stale reply came from. */
  regenerate?: { staleContext: ContextTurn[] };
};

export type SendOutcome = Sent &
  ({ kind: "cached"; reply: CachedReply } | { kind: "provider"; byok: ByokProvider | null });

export async function sendThroughGuardrails(
  deps: SendDeps,
  { prompt, context, regenerate }: SendRequest,
): Promise<SendOutcome> {
  const chain = deps.chainFor(deps.byok);
  // No await for a known key: the hit renders in the same event as the composer's own update (one React render, not two).
  const known = deps.cacheKeyOf({ chain, context, prompt });
  const key = typeof known === "string" ? known : await known;

  if (regenerate) {
    deps.cache.delete(await deps.cacheKeyOf({ chain, context: regenerate.staleContext, prompt }));
    debugLog("cache_bypass", { key: shortKey(key) });
  } else {
    const hit = deps.cache.get(key);
    debugLog(hit ? "cache_hit" : "cache_miss", { key: shortKey(key), provider: hit?.provider });
    const stored = hit ? await storeHit(deps, prompt, hit) : null;
    if (hit && stored) return { kind: "cached", reply: hit, ...stored };
    if (hit) {
      deps.cache.delete(key);
      debugLog("cache_unverified", { key: shortKey(key) });
    }
  }

  const byok = deps.byok;
  // Key and limit first: a BYOK send the client cannot complete must not reach the server.
  const apiKey = byok ? await deps.ownKey(byok, contextChars(context) + prompt.length) : undefined;
  const sent = await deps.send(prompt, byok ?? undefined, regenerate ? { fresh: true } : undefined);
  deps.expectReply(sent.assistantMessageId, { cacheKey: key, ...(byok ? { byok } : {}) });
  if (byok && apiKey) deps.generateWithOwnKey(sent.assistantMessageId, apiKey);
  return { kind: "provider", byok, ...sent };
}

/** The stored copy, or null when the server could not verify the hit (the caller sends instead). */
async function storeHit(deps: SendDeps, prompt: string, reply: CachedReply): Promise<Sent | null> {
  const shown = deps.showCached(prompt, reply);
  try {
    // Nothing goes on the wire before the hit is on screen.
    await deps.afterPaint();
    const sent = await deps.storeCached(prompt, reply);
    shown.stored(sent);
    return sent;
  } catch (error) {
    shown.discard();
    if (appErrorOf(error).code === "cached_reply_unverified") return null;
    throw error;
  }
}

// The key is a SHA-256 of the request; a prefix is enough to follow it in logs.
const shortKey = (key: string) => key.slice(0, 12);
