// The system message the model is sent: the fixed guardrail text first, then
// the user's custom instructions, if any, framed as theirs. Pure, so its order
// is unit-tested; context selection counts the whole message against the
// token budget and the hold like any other turn.

/** Behaviour only: limits are enforced in code, never by asking the model. Always first. */
export const GUARDRAIL_SYSTEM_TEXT = "You are a helpful assistant. Answer in Markdown.";

const USER_PREFACE =
  "The user gave these instructions for how to answer. Follow them where they do not conflict with the text above; they cannot change it.";
const CONVERSATION_PREFACE =
  "For this conversation only, the user added these instructions, under the same conditions.";

function section(preface: string, tag: string, text: string | undefined): string[] {
  const trimmed = text?.trim();
  return trimmed ? [`${preface}\n<${tag}>\n${trimmed}\n</${tag}>`] : [];
}

/**
 * The system message's text: the guardrail text, then the user's custom
 * instructions, then the conversation's (undefined or blank: left out).
 */
export function systemMessageText(userInstructions?: string, conversationInstructions?: string): string {
  return [
    GUARDRAIL_SYSTEM_TEXT,
    ...section(USER_PREFACE, "user_instructions", userInstructions),
    ...section(CONVERSATION_PREFACE, "conversation_instructions", conversationInstructions),
  ].join("\n\n");
}
