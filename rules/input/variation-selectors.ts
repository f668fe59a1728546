// A variation selector picks a glyph style for the character before it (text
// or emoji ❤️, a CJK ideographic variant). One is writing; a run of them after
// one character encodes arbitrary hidden bytes ("emoji smuggling"), and one
// with no character to modify shows nothing at all. Both are refused.
import { type CheckResult, codePointLabel, PASS } from "./check-result";
import { VARIATION_SELECTOR } from "./invisible";
import { charBefore } from "./neighbours";

// Characters a selector cannot modify: nothing, another selector, whitespace, a format character.
const NOT_A_BASE = /[\p{White_Space}\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

const SELECTORS = new RegExp(VARIATION_SELECTOR.source, "gu");

export function checkVariationSelectors(text: string): CheckResult {
  for (const match of text.matchAll(SELECTORS)) {
    const base = charBefore(text, match.index);
    if (base !== undefined && !NOT_A_BASE.test(base)) continue;
    return {
      verdict: "reject",
      code: "variation_selectors",
      reason:
        `Your message contains a variation selector (${codePointLabel(match[0].codePointAt(0)!)}) at position ${match.index + 1} ` +
        "that modifies no visible character and can hide data. Remove it and try again.",
    };
  }
  return PASS;
}
