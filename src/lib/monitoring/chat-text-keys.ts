// Field names that may carry chat text (prompts, replies, conversation
// context). Monitoring drops these wherever it meets them in free-form data
// (Sentry extra/contexts/tags): conversations never go to vendors, scrubbed
// or not. Matching is on the name, so it is broad on purpose.

// Anywhere in the name: userPrompt, last_reply, completionText, ...
const STEMS = ["prompt", "reply", "replies", "completion", "transcript"];
// Whole names only: too generic as substrings ("contentType", "inputMode").
const WHOLE_NAMES = new Set([
  "content",
  "contents",
  "context",
  "message",
  "messages",
  "text",
  "input",
  "output",
  "body",
  "history",
  "conversation",
]);

export function isChatTextKey(key: string): boolean {
  const normalized = key.toLowerCase().replace(/[^a-z]/g, "");
  return WHOLE_NAMES.has(normalized) || STEMS.some((stem) => normalized.includes(stem));
}
