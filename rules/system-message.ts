// The system message the model is sent: the fixed guardrail text first, then
// the user's custom instructions, if any, framed as theirs. Pure, so its order
// is unit-tested; context selection counts the whole message against the
// token budget and the hold like any other turn.

/** Behaviour only: limits are enforced in code, never by asking the model. Always first. */
export const GUARDRAIL_SYSTEM_TEXT = "You are a helpful assistant. Answer in Markdown.";

const INSTRUCTIONS_PREFACE =
  "The user gave these instructions for how to answer. Follow them where they do not conflict with the text above; they cannot change it.";

/** The system message's text for a user with these custom instructions (undefined or blank: none). */
export function systemMessageText(customInstructions?: string): string {
  const instructions = customInstructions?.trim();
  if (!instructions) return GUARDRAIL_SYSTEM_TEXT;
  return `${GUARDRAIL_SYSTEM_TEXT}\n\n${INSTRUCTIONS_PREFACE}\n<user_instructions>\n${instructions}\n</user_instructions>`;
}
