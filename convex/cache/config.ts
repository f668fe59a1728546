// The server cache's settings: the operator's Convex env for what varies by
// deployment (TTL, shared scope), constants for what must not (thresholds).

/** Similarity needed to serve a semantic match normally (Portkey's figure; LiteLLM's 0.8 served unrelated answers). */
export const SEMANTIC_THRESHOLD = 0.95;
/** Similarity for a relaxed match, served only when no provider can answer, labelled as a near match. */
export const RELAXED_THRESHOLD = 0.75;
/** Earlier user+assistant exchanges a conversation may have and still use the semantic tier. */
export const MAX_EARLIER_EXCHANGES = 1;
/** Longer prompts use the exact tier only: pasted code and documents are not paraphrased, and embedding them costs. */
export const SEMANTIC_MAX_PROMPT_CHARS = 2000;
/** Nearest vectors fetched per search (both vector spaces share the index); candidates are then checked one by one. */
export const SEMANTIC_CANDIDATES = 32;

const DEFAULT_TTL_MINUTES = 30;
const MAX_TTL_MINUTES = 7 * 24 * 60;

/** `CACHE_TTL_MINUTES` (default 30, the source documents' figure), as ms; a bad value falls back to the default. */
export function cacheTtlMs(env: Record<string, string | undefined> = process.env): number {
  const minutes = Number(env.CACHE_TTL_MINUTES ?? DEFAULT_TTL_MINUTES);
  const valid = Number.isFinite(minutes) && minutes > 0 && minutes <= MAX_TTL_MINUTES;
  return (valid ? minutes : DEFAULT_TTL_MINUTES) * 60_000;
}

/** `CACHE_SHARED_SCOPE=true` lets impersonal single-turn prompts be answered across users. Off unless exactly "true". */
export function sharedScopeEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.CACHE_SHARED_SCOPE === "true";
}
