// Bidirectional override, embedding and isolate controls reorder how text is
// displayed without changing what it says: the "Trojan Source" trick
// (CVE-2021-42574) that shows a reader one thing while the model reads
// another. Ordinary right-to-left writing (Arabic, Hebrew) needs none of them,
// and the plain direction marks U+200E/U+200F/U+061C stay allowed.
import { type CheckResult, codePointLabel, PASS } from "./check-result";

// LRE RLE PDF LRO RLO (U+202A–U+202E) and LRI RLI FSI PDI (U+2066–U+2069).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function checkBidi(text: string): CheckResult {
  const match = BIDI_CONTROL.exec(text);
  if (!match) return PASS;
  return {
    verdict: "reject",
    code: "bidi_control",
    reason:
      `Your message contains a hidden text-direction control (${codePointLabel(match[0].charCodeAt(0))}) ` +
      `at position ${match.index + 1} that can disguise what the text says. Remove it and try again.`,
  };
}
