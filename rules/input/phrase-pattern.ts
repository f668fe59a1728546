// Builds whitespace- and punctuation-tolerant regexes from word slots, so the
// injection phrase list reads like phrases rather than regex soup.
// "ignore   ALL previous\ninstructions" and "ignore: previous instructions" match
// the same slots; words must stand alone ("ignored" does not match "ignore").

/** One position in a phrase: any of `words` (which may contain spaces); optional slots may be skipped. */
export type Slot = { words: readonly string[]; optional?: boolean };

export const word = (...words: string[]): Slot => ({ words });
export const maybe = (...words: string[]): Slot => ({ words, optional: true });

// Any run of characters that are neither letters, digits nor marks.
const GAP = "[^\\p{L}\\p{N}\\p{M}]+";
const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}\\p{M}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}\\p{M}])";

function alternatives(slot: Slot): string {
  const escaped = slot.words.map((w) =>
    w
      .split(" ")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(GAP),
  );
  return `(?:${escaped.join("|")})`;
}

/** Case-insensitive, Unicode-aware regex for a sequence of slots. The first slot must be required. */
export function phrasePattern(slots: readonly Slot[]): RegExp {
  const [first, ...rest] = slots;
  if (!first || first.optional) throw new Error("A phrase must start with a required slot");
  const body = rest
    .map((slot) => (slot.optional ? `(?:${GAP}${alternatives(slot)})?` : `${GAP}${alternatives(slot)}`))
    .join("");
  return new RegExp(`${NOT_WORD_BEFORE}${alternatives(first)}${body}${NOT_WORD_AFTER}`, "iu");
}
