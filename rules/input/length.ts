// Caps message size before any scanning, so a 1 MB paste is refused in O(1)
// and never reaches the regex checks or the model bill.
import { groupDigits } from "../group-digits";
import { type CheckResult, PASS } from "./check-result";

/**
 * Counted in UTF-16 code units, exactly like String.prototype.length and
 * <textarea maxLength>: an emoji outside the BMP counts 2, "é" written as
 * e + combining accent counts 2. Cheap, and the same number on every side.
 */
export const MAX_INPUT_CHARS = 50_000;

export function checkLength(text: string): CheckResult {
  if (text.length <= MAX_INPUT_CHARS) return PASS;
  return {
    verdict: "reject",
    code: "too_long",
    reason:
      `Your message is ${groupDigits(text.length)} characters; the limit is ` +
      `${groupDigits(MAX_INPUT_CHARS)}. Shorten it or send it in parts.`,
  };
}
