import { contentWordsOf } from "../../rules/embeddings-text";
import { MAX_EARLIER_EXCHANGES, SEMANTIC_MAX_PROMPT_CHARS } from "./config";
import type { CacheTurn } from "./normalise";
import { personalMarkersIn, type AuthorProfile } from "./personal-markers";

export type CacheScope = {
  /** The last prompt may be matched by meaning (else exact tier only). */
  semantic: boolean;
  /** The entry may also live in, and be served from, the shared partition. */
  shared: boolean;
};

function alternates(turns: readonly CacheTurn[]): boolean {
  return turns.every((turn, i) => turn.role === (i % 2 === 0 ? "user" : "assistant"));
}

/**
 * Which tiers a conversation may use. Semantic: at most one earlier exchange
 * (user, assistant, user; system turns aside), a prompt of at most 2,000 characters with at least
 * one content word. Shared: the operator enabled it, a single-turn
 * conversation, and no personal marker in the prompt. Pure.
 */
export function cacheScopeOf(
  allTurns: readonly CacheTurn[],
  options: { sharedScope: boolean; profile: AuthorProfile },
): CacheScope {
  const turns = allTurns.filter((turn) => turn.role !== "system");
  const prompt = turns.at(-1);
  const shortConversation =
    turns.length % 2 === 1 && turns.length <= 2 * MAX_EARLIER_EXCHANGES + 1 && alternates(turns);
  const semantic =
    shortConversation &&
    prompt !== undefined &&
    prompt.content.length <= SEMANTIC_MAX_PROMPT_CHARS &&
    contentWordsOf(prompt.content).length > 0;
  const shared =
    options.sharedScope &&
    turns.length === 1 &&
    prompt?.role === "user" &&
    personalMarkersIn(prompt.content, options.profile).length === 0;
  return { semantic, shared };
}
