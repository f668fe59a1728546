// Token counts with a real tokenizer (o200k, the encoding of the gpt-oss
// family our primary model belongs to), not characters ÷ 4: holds, context
// budgets and estimated usage all count with this one function.
import { countTokens as countO200k } from "gpt-tokenizer/encoding/o200k_base";

// BPE merging is quadratic in the length of one pre-tokenizer piece, and a
// run without whitespace (CJK, a pasted hash, "yyyy…") is one piece: 50,000
// CJK characters took over a minute in one call. Such runs are counted in
// slices of this many characters, cut at code point boundaries: linear time,
// and at most about one extra token per slice (an over-estimate, the safe
// side for budgets and holds). Text between long runs is counted whole, so
// ordinary prose keeps its exact count.
const SLICE_CHARS = 512;
const LONG_RUN = new RegExp(`\\S{${SLICE_CHARS},}`, "g");

const count = (text: string) => (text.length === 0 ? 0 : countO200k(text, { disallowedSpecial: new Set() }));

/** Tokens in `text` under the o200k encoding; special-token text is counted as plain text, never parsed. */
export function countTokens(text: string): number {
  let total = 0;
  let done = 0;
  for (const run of text.matchAll(LONG_RUN)) {
    total += count(text.slice(done, run.index));
    for (let start = run.index, end = run.index + run[0].length; start < end;) {
      const cut = sliceEnd(text, start, end);
      total += count(text.slice(start, cut));
      start = cut;
    }
    done = run.index + run[0].length;
  }
  return total + count(text.slice(done));
}

function sliceEnd(text: string, start: number, end: number): number {
  const limit = start + SLICE_CHARS;
  if (limit >= end) return end;
  // Never between the two halves of a surrogate pair.
  const unit = text.charCodeAt(limit - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? limit - 1 : limit;
}
