// API keys come from env: a list in GROQ_API_KEYS / OPENROUTER_API_KEYS,
// or the single GROQ_API_KEY / OPENROUTER_API_KEY for one-key setups.
// These are the SECRET values: use them to call the SDK and to derive key
// ids (key-id.ts), never store or log them.

/**
 * Comma-separated `multi` (whitespace and newlines also separate, since keys
 * never contain them), falling back to `single` only when `multi` yields
 * nothing. Trims, drops empties, and dedupes keeping first-seen order.
 */
export function parseKeys(multi?: string, single?: string): string[] {
  const split = (raw: string | undefined) => (raw ?? "").split(/[\s,]+/).filter((key) => key !== "");
  const fromMulti = split(multi);
  return [...new Set(fromMulti.length > 0 ? fromMulti : split(single))];
}
