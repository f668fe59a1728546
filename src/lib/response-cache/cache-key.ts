// Cache keys for model replies: SHA-256 of a canonical encoding of everything
// that determines the reply (fallback chain, context, prompt).
//
// Why canonical: JSON.stringify follows property insertion order, so the same
// logical request built as {provider, model} in one place and {model,
// provider} in another would hash differently and silently miss the cache.
// Projecting into fixed-position arrays removes key order from the encoding,
// drops incidental fields (message ids, timestamps) that must not split the
// cache, and JSON string escaping keeps field boundaries unambiguous (plain
// concatenation would make "ab"+"c" and "a"+"bc" collide). Text is hashed
// exactly as given, without Unicode normalisation: models tokenise NFC and
// NFD differently, so they are different requests.
// Hashing keeps prompts out of the key itself, so keys can appear in logs.

export interface CacheKeyInput {
  chain: ReadonlyArray<{ provider: string; model: string }>;
  context: ReadonlyArray<{ role: string; content: string }>;
  prompt: string;
}

/** Bump when the encoding changes, so old and new keys can never collide. */
const ENCODING_VERSION = "response-cache/v1";

function canonicalCacheKeyText({ chain, context, prompt }: CacheKeyInput): string {
  return JSON.stringify([
    ENCODING_VERSION,
    chain.map(({ provider, model }) => [provider, model]),
    context.map(({ role, content }) => [role, content]),
    prompt,
  ]);
}

// The cache lives in this page's memory, so a hit is a request hashed before
// in this page: remembering recent keys lets the hit path skip the
// asynchronous digest (a hop to another thread, milliseconds on a busy
// machine) before the reply is on screen. Bounded like the cache.
const RECENT_KEYS = 100;
const RECENT_TEXT_MAX_CHARS = 200_000;
const recentKeys = new WeakMap<Crypto, Map<string, string>>();

/** Lower-case hex SHA-256 of the canonical encoding. */
export async function cacheKey(input: CacheKeyInput, webCrypto: Crypto = globalThis.crypto): Promise<string> {
  return cacheKeyNowOrLater(input, webCrypto);
}

/**
 * The same key, as a plain string when this page hashed the request before
 * (so a cache hit can be shown inside the keystroke's own event, in one
 * render with the composer's update), else a promise of the digest.
 */
export function cacheKeyNowOrLater(
  input: CacheKeyInput,
  webCrypto: Crypto = globalThis.crypto,
): string | Promise<string> {
  const text = canonicalCacheKeyText(input);
  const recent = recentKeys.get(webCrypto) ?? new Map<string, string>();
  recentKeys.set(webCrypto, recent);
  return recent.get(text) ?? digestKey(text, webCrypto, recent);
}

async function digestKey(text: string, webCrypto: Crypto, recent: Map<string, string>): Promise<string> {
  const digest = await webCrypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const key = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  if (text.length <= RECENT_TEXT_MAX_CHARS) {
    recent.set(text, key);
    if (recent.size > RECENT_KEYS) recent.delete(recent.keys().next().value!);
  }
  return key;
}
