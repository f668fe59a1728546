// What counts as invisible, in one place for the checks that refuse hidden
// text, the empty check and the prompt-injection normaliser.

/** Unicode TAG characters: invisible copies of ASCII that many models still read (ASCII smuggling). */
export const TAG_CHAR = /[\u{E0000}-\u{E007F}]/u;

/**
 * Letters and symbols that render as nothing, used as "blank" names and
 * spacers: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) and the empty
 * braille pattern (U+2800). Not format characters, so \p{Cf} misses them.
 */
const BLANKS = "\\u115F\\u1160\\u3164\\uFFA0\\u2800";
export const BLANK_LOOKALIKE = new RegExp(`[${BLANKS}]`, "u");

/** Variation selectors (VS1–VS16, VS17–VS256): one may follow a character; runs of them encode hidden bytes. */
export const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

// Not visible on their own: whitespace, format and control characters,
// combining marks (they only decorate another character), the blank
// lookalikes. (A lone surrogate counts as something: its own check names it.)
const VISIBLE = new RegExp(`[^\\p{White_Space}\\p{Cf}\\p{Cc}\\p{M}${BLANKS}]`, "u");

/** True when at least one character would show on screen. */
export function hasVisibleChar(text: string): boolean {
  return VISIBLE.test(text);
}
