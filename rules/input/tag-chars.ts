// Unicode TAG characters (U+E0000–U+E007F) are invisible copies of ASCII:
// "ASCII smuggling" hides whole instructions in them that the reader never
// sees but many models read. Their one legitimate use is the three
// recommended subdivision flags (England, Scotland, Wales: 🏴 + tag letters +
// CANCEL TAG), which are allowed exactly; any other tag is refused, because
// removing it would still send something different from what the user saw.
import { type CheckResult, codePointLabel, PASS } from "./check-result";

// Group 1: a recommended subdivision flag, skipped. Group 2: any other tag.
const FLAG_OR_TAG =
  /(\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F})|([\u{E0000}-\u{E007F}])/gu;

export function checkTagChars(text: string): CheckResult {
  for (const match of text.matchAll(FLAG_OR_TAG)) {
    if (match[2] === undefined) continue;
    return {
      verdict: "reject",
      code: "hidden_tag",
      reason:
        `Your message contains hidden tag characters (${codePointLabel(match[2].codePointAt(0)!)} at position ${match.index + 1}): ` +
        "invisible text that can carry instructions you cannot see. Remove them (retyping the text is safest) and try again.",
    };
  }
  return PASS;
}
