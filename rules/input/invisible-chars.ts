// Invisible format characters (\p{Cf}: zero-width space, word joiner,
// invisible operators, BOM, soft hyphen…) and blank lookalikes hide text from
// the reader, split words past filters, and can encode whole hidden messages
// in runs. They are refused rather than silently removed, so what is stored
// and sent is exactly what the user saw. Three uses are real writing and pass:
// - a zero-width joiner / non-joiner between two non-Latin letters, marks or
//   emoji (emoji sequences 👨‍👩‍👧, Persian "می‌خواهم", Indic conjuncts);
// - a single direction mark (LRM, RLM, ALM) in right-to-left text;
// - the prepended concatenation marks that show with the digits they precede
//   (Arabic number sign U+0600…); an empty braille cell inside braille.
// Never two format characters in a row. TAG characters and bidi controls have
// their own checks (tag-chars.ts, bidi.ts), which run first.
import { type CheckResult, codePointLabel, PASS } from "./check-result";
import { BLANK_LOOKALIKE, TAG_CHAR } from "./invisible";
import { charAfter, charBefore } from "./neighbours";

const FORMAT = /\p{Cf}/u;
// Every character this check looks at: format characters and blank lookalikes.
const SUSPECT = new RegExp(`\\p{Cf}|${BLANK_LOOKALIKE.source}`, "gu");
const JOINER = /[\u200C\u200D]/u;
const DIRECTION_MARK = /[\u200E\u200F\u061C]/u;
const SHOWN_FORMAT = /[\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]/u;
// What a joiner may join: letters, marks and emoji outside the Latin script
// (so "ig\u200Dnore", full-width Latin included, cannot hide a word break).
const JOINABLE = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const LATIN_OR_ASCII = /[\p{Script=Latin}\p{ASCII}]/u;
const BRAILLE = /[\u2801-\u28FF]/u;

const joinable = (char: string | undefined) => char !== undefined && JOINABLE.test(char) && !LATIN_OR_ASCII.test(char);
const isFormat = (char: string | undefined) => char !== undefined && FORMAT.test(char) && !TAG_CHAR.test(char);

function allowed(char: string, before: string | undefined, after: string | undefined): boolean {
  if (TAG_CHAR.test(char)) return true; // tag-chars.ts decides
  if (char === "\u2800") return BRAILLE.test(before ?? "") || BRAILLE.test(after ?? "");
  if (BLANK_LOOKALIKE.test(char)) return false;
  if (isFormat(before) || isFormat(after)) return false;
  if (JOINER.test(char)) return joinable(before) && joinable(after);
  return DIRECTION_MARK.test(char) || SHOWN_FORMAT.test(char);
}

export function checkInvisibleChars(text: string): CheckResult {
  for (const match of text.matchAll(SUSPECT)) {
    const char = match[0];
    if (allowed(char, charBefore(text, match.index), charAfter(text, match.index + char.length))) continue;
    return {
      verdict: "reject",
      code: "invisible_char",
      reason:
        `Your message contains an invisible character (${codePointLabel(char.codePointAt(0)!)}) at position ${match.index + 1} ` +
        "that hides or splits text you cannot see, often from copying out of a web page or chat app. Remove it and try again.",
    };
  }
  return PASS;
}
