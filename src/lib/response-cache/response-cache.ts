// In-memory LRU cache for model replies, so re-sending an identical request
// within a few minutes doesn't cost a provider call. A Map iterates in
// insertion order, so re-inserting an entry on use keeps the least recently
// used entry first, where eviction takes it.

import { RESPONSE_CACHE_TTL_MS } from "@rules/response-cache";

export interface ResponseCacheOptions {
  maxEntries?: number;
  /** Lifetime from `set`; reading an entry does not extend it. */
  ttlMs?: number;
  now?: () => number;
}

export interface ResponseCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): boolean;
  /** Live (unexpired) entries. */
  size(): number;
}

interface Entry<V> {
  value: V;
  storedAt: number;
}

export function createResponseCache<V>({
  maxEntries = 100,
  ttlMs = RESPONSE_CACHE_TTL_MS,
  now = Date.now,
}: ResponseCacheOptions = {}): ResponseCache<V> {
  if (!Number.isSafeInteger(maxEntries) || maxEntries < 1)
    throw new RangeError("maxEntries must be a positive integer");
  if (!(ttlMs > 0)) throw new RangeError("ttlMs must be positive");
  const entries = new Map<string, Entry<V>>();
  // Expired at exactly ttlMs: an entry lives for [storedAt, storedAt + ttlMs).
  const isExpired = (entry: Entry<V>, at: number) => at - entry.storedAt >= ttlMs;

  const removeExpired = (at: number) => {
    for (const [key, entry] of entries) if (isExpired(entry, at)) entries.delete(key);
  };

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      entries.delete(key);
      if (isExpired(entry, now())) return undefined;
      entries.set(key, entry); // now the most recently used
      return entry.value;
    },
    set(key, value) {
      const at = now();
      entries.delete(key);
      entries.set(key, { value, storedAt: at });
      if (entries.size <= maxEntries) return;
      // Prefer dropping dead entries over evicting live ones.
      removeExpired(at);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    delete: (key) => entries.delete(key),
    size() {
      removeExpired(now());
      return entries.size;
    },
  };
}
