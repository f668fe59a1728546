// A message with nothing to see (whitespace, zero-width or format characters,
// "blank" Hangul fillers, the empty braille pattern) would cost a model call
// to say nothing, or carry only what the user cannot read.
import { type CheckResult, PASS } from "./check-result";
import { hasVisibleChar } from "./invisible";

/** Rejects text without a single visible character. */
export function checkEmpty(text: string): CheckResult {
  if (hasVisibleChar(text)) return PASS;
  return { verdict: "reject", code: "empty", reason: "Your message is empty. Type something before sending." };
}
