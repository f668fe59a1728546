import type { Message } from "../message";

const TITLES = {
  browser: "Answered from this browser's cache: no AI call, no cost",
  exact: "Answered from your earlier identical question: no AI call",
  semantic: "Answered from your earlier question with the same meaning: no AI call",
} as const;

/**
 * Which tier answered a reply that no provider wrote just now: "cached" (the
 * browser's or the server's copy), "prepared earlier" (the pool, only when
 * every provider was down) or a near match naming the question it answered.
 */
export function CacheTierBadge({ message }: { message: Pick<Message, "cached" | "cacheTier" | "cacheQuestion"> }) {
  if (!message.cached) return null;
  if (message.cacheTier === "pool") {
    return (
      <span
        className="cached-badge"
        data-testid="prepared-badge"
        title="Every AI provider is unavailable: this answer was prepared earlier for this question"
      >
        prepared earlier
      </span>
    );
  }
  if (message.cacheTier === "relaxed") {
    return (
      <span
        className="cached-badge"
        data-testid="near-match-badge"
        title="Every AI provider is unavailable: this is the answer to a similar question"
      >
        near match — answer to “{message.cacheQuestion}”
      </span>
    );
  }
  const tier = message.cacheTier === "exact" || message.cacheTier === "semantic" ? message.cacheTier : "browser";
  return (
    <span className="cached-badge" data-testid="cached-badge" data-cache-tier={tier} title={TITLES[tier]}>
      cached
    </span>
  );
}
