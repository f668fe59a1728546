// Custom instructions: what a user asks the assistant to keep in mind, placed
// in the system message AFTER the fixed guardrail text. The limit is data here
// (shared by the server, which enforces it, and Settings, which shows it); the
// text passes the same input rules as a chat message. Nothing written in it
// can lift a limit: limits live in code, never in the prompt.
import { groupDigits } from "./group-digits";
import type { CheckResult, InputCheck } from "./input/check-result";
import { PASS } from "./input/check-result";
import { checkLength } from "./input/length";
import { INPUT_CHECKS, type InputValidation, validateInput } from "./input/validate-input";

/** Longest custom instructions accepted, in UTF-16 code units (like the composer's limit). */
export const MAX_CUSTOM_INSTRUCTIONS_CHARS = 2_000;

function checkInstructionsLength(text: string): CheckResult {
  if (text.length <= MAX_CUSTOM_INSTRUCTIONS_CHARS) return PASS;
  return {
    verdict: "reject",
    code: "too_long",
    reason: `Your instructions are ${groupDigits(text.length)} characters; the limit is ${groupDigits(MAX_CUSTOM_INSTRUCTIONS_CHARS)}. Shorten them.`,
  };
}

// The message rules in their order, with the instructions' own (shorter) length limit in place of the message one.
const INSTRUCTION_CHECKS: readonly InputCheck[] = INPUT_CHECKS.map((check) =>
  check === checkLength ? checkInstructionsLength : check,
);

/** The input rules for custom instructions (empty text is refused here: clearing is a separate action). */
export function validateCustomInstructions(text: string): InputValidation {
  return validateInput(text, INSTRUCTION_CHECKS);
}

/** What the form shows before saving: the rule's reason, or null when the text may be saved (blank clears). */
export function instructionsProblem(text: string): string | null {
  if (text.trim() === "") return null;
  const verdict = validateCustomInstructions(text);
  return verdict.ok ? null : verdict.reason;
}
