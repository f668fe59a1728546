// An unpaired UTF-16 surrogate is not text: it cannot be encoded as UTF-8, so
// providers reject it or replace it with U+FFFD, and the stored message no
// longer matches what was billed. It usually comes from cutting an emoji in half.
import { type CheckResult, PASS } from "./check-result";

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Index of the first high surrogate not followed by a low one, or low not preceded by a high; -1 if none. */
function firstLoneSurrogateIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isHigh(unit)) {
      if (isLow(text.charCodeAt(i + 1))) i++;
      else return i;
    } else if (isLow(unit)) {
      return i;
    }
  }
  return -1;
}

export function checkLoneSurrogates(text: string): CheckResult {
  const index = firstLoneSurrogateIndex(text);
  if (index === -1) return PASS;
  return {
    verdict: "reject",
    code: "lone_surrogate",
    reason:
      `Your message has a broken character at position ${index + 1}, often half of an emoji ` +
      "left over from copying. Delete it or paste the text again.",
  };
}
