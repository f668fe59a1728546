// What "the same request" means for the exact tier. Differences that cannot
// change an answer are removed; everything else is kept.

/** A turn as the generation sends it (the system prompt included: changing it changes every key). */
export type CacheTurn = { role: "system" | "user" | "assistant"; content: string };

const CODE = /(```[\s\S]*?(?:```|$)|`[^`\n]+`)/;

function normaliseProse(text: string): string {
  return text.replace(/\s+/g, " ").toLowerCase();
}

/**
 * One message, normalised: Unicode NFKC and LF line ends everywhere; outside
 * code (``` fences and `inline`), whitespace runs collapse to one space and
 * letters are lower-cased; trailing ?, ! and . go. Code is kept byte for byte,
 * because there case and spacing change meaning.
 */
export function normaliseMessage(content: string): string {
  const text = content.normalize("NFKC").replace(/\r\n?/g, "\n");
  const parts = text.split(CODE);
  const joined = parts.map((part, i) => (i % 2 === 1 ? part : normaliseProse(part))).join("");
  return joined.trim().replace(/[\s?!.]+$/u, "");
}

/** Every turn normalised; roles kept, so a user line and an assistant line never collide. */
export function normaliseTurns(turns: readonly CacheTurn[]): CacheTurn[] {
  return turns.map((turn) => ({ role: turn.role, content: normaliseMessage(turn.content) }));
}
