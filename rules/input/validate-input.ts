// Runs every input check on a chat message, in order, on both sides: the SPA
// for instant feedback, Convex as the authority.
//
// Reject vs flag, and why:
//   empty            REJECT  no visible character (whitespace, zero-width,
//                            blank fillers only): nothing to answer.
//   length           REJECT  > MAX_INPUT_CHARS UTF-16 units; bounds cost and
//                            scan time, so it runs before the regex checks.
//   lone-surrogates  REJECT  not valid Unicode; cannot be encoded as UTF-8.
//   control-chars    REJECT  NUL, C0 (except tab/LF/CR), DEL and C1 have no
//                            place in chat and can break tooling or terminals.
//   bidi             REJECT  override/embedding/isolate controls hide what the
//                            text really says (Trojan Source).
//   tag-chars        REJECT  TAG characters: invisible ASCII a model reads
//                            (ASCII smuggling); only the 3 subdivision flags.
//   invisible-chars  REJECT  other format characters and blank lookalikes,
//                            except joiners in emoji and non-Latin scripts,
//                            single direction marks. Refused, not removed:
//                            what is stored and sent is what the user saw.
//   variation-sel.   REJECT  a selector with no character to modify, or a
//                            run of them (bytes hidden after an emoji).
//   prompt-injection FLAG    a phrase heuristic: it both misses and misfires
//                            (OWASP LLM01: no method is fool-proof), so the
//                            message is still sent and the flag recorded.
// The first reject wins and stops the run; flags from earlier checks are then
// irrelevant because the message is not sent. Rendering safety (e.g. a
// "<script>" in the text) is not an input concern: the renderer sanitises.
import type { CheckResult, FlagCode, InputCheck, RejectCode } from "./check-result";
import { checkBidi } from "./bidi";
import { checkControlChars } from "./control-chars";
import { checkEmpty } from "./empty";
import { checkLength } from "./length";
import { checkLoneSurrogates } from "./lone-surrogates";
import { checkInvisibleChars } from "./invisible-chars";
import { checkPromptInjection } from "./prompt-injection";
import { checkTagChars } from "./tag-chars";
import { checkVariationSelectors } from "./variation-selectors";

export type InputValidation = { ok: true; flags: FlagCode[] } | { ok: false; code: RejectCode; reason: string };

const INPUT_CHECKS: readonly InputCheck[] = [
  checkEmpty,
  checkLength,
  checkLoneSurrogates,
  checkControlChars,
  checkBidi,
  checkTagChars,
  checkInvisibleChars,
  checkVariationSelectors,
  checkPromptInjection,
];

export function validateInput(text: string, checks: readonly InputCheck[] = INPUT_CHECKS): InputValidation {
  const flags: FlagCode[] = [];
  for (const check of checks) {
    const result: CheckResult = check(text);
    if (result.verdict === "reject") return { ok: false, code: result.code, reason: result.reason };
    if (result.verdict === "flag") flags.push(result.code);
  }
  return { ok: true, flags };
}
