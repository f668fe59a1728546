// Which turns of a conversation the model is sent: as many of the newest as
// fit the tier's token budget (rules/entitlements.ts contextTokenBudget).
// Whole turns only, oldest dropped first: a turn is never cut, so nothing is
// ever split mid-word or mid-surrogate. The newest user message is always
// sent whole; if it alone does not fit, the request is refused instead.
// Pure: the token counter is injected (convex/lib/token-count.ts in the app).

/** Chat-template tokens around each message (role and separators), as providers count them. */
export const TURN_OVERHEAD_TOKENS = 4;
/** Tokens for the reply's own header and the provider's prompt frame. */
export const PROMPT_FRAME_TOKENS = 16;

export type ContextTurn = { role: "system" | "user" | "assistant"; content: string };

export type ContextSelection<T extends ContextTurn> =
  | { ok: true; turns: T[]; tokens: number }
  /** `tokens`: what the system prompt plus the newest user message alone would take. */
  | { ok: false; tokens: number; budget: number };

/**
 * `system` first, then as many of `newestFirst` (the newest, the user's
 * message, at index 0) as fit `budget`, returned oldest first. Stops counting
 * at the first turn that does not fit, so a long history is never tokenized
 * beyond the budget.
 */
export function selectContext<T extends ContextTurn>(
  system: T,
  newestFirst: readonly T[],
  budget: number,
  countTokens: (text: string) => number,
): ContextSelection<T> {
  const cost = (turn: T) => countTokens(turn.content) + TURN_OVERHEAD_TOKENS;
  let tokens = PROMPT_FRAME_TOKENS + cost(system);
  const kept: T[] = [];
  for (const [index, turn] of newestFirst.entries()) {
    const next = tokens + cost(turn);
    if (next > budget) {
      if (index === 0) return { ok: false, tokens: next, budget };
      break;
    }
    tokens = next;
    kept.push(turn);
  }
  return { ok: true, turns: [system, ...kept.reverse()], tokens };
}
