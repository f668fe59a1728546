// Token counts with a real tokenizer (o200k, the encoding of the gpt-oss
// family our primary model belongs to), not characters ÷ 4: holds, context
// budgets and estimated usage all count with this one function.
import { countTokens as countO200k } from "gpt-tokenizer/encoding/o200k_base";

/** Tokens in `text` under the o200k encoding; special-token text is counted as plain text, never parsed. */
export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  return countO200k(text, { disallowedSpecial: new Set() });
}
