import { demoSections } from "./demo-sections.ts";
import type { ChatMessage } from "./schemas.ts";

const EXCERPT_MAX_CHARS = 60;

/** The plain text of a message: a string, or the text parts of multimodal content. */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part) => part.text ?? "").join("");
}

/** Rough OpenAI rule of thumb (4 characters per token), so usage is predictable in tests. */
export function promptTokensOf(messages: ChatMessage[]): number {
  const characters = messages.reduce((sum, message) => sum + messageText(message).length, 0);
  return Math.ceil(characters / 4);
}

/** The last user message, whitespace collapsed, cut to at most 60 characters. */
export function lastUserExcerpt(messages: ChatMessage[]): string {
  const lastUser = messages.findLast((message) => message.role === "user");
  const text = lastUser ? messageText(lastUser).replace(/\s+/g, " ").trim() : "";
  if (text === "") return "(no user message)";
  if (text.length <= EXCERPT_MAX_CHARS) return text;
  return `${text.slice(0, EXCERPT_MAX_CHARS - 1).trimEnd()}…`;
}

/**
 * The full deterministic reply. Its first paragraph says plainly that it is
 * the offline demo model and quotes the user, so tests (and people) can tell
 * replies apart; then come the blocks the prompt asks for (demo-sections.ts).
 */
export function replyText(model: string, messages: ChatMessage[]): string {
  const excerpt = lastUserExcerpt(messages);
  const lastUser = messages.findLast((message) => message.role === "user");
  const introduction = [
    `**Offline demo model** (\`${model}\`) — this reply was generated locally, without calling any real AI provider.`,
    `You said: “${excerpt}”.`,
    `The conversation so far has ${messages.length} message${messages.length === 1 ? "" : "s"}.`,
  ].join(" ");
  return [introduction, ...demoSections(lastUser ? messageText(lastUser) : "", excerpt)].join("\n\n");
}

/** Splits text into word-sized tokens (each keeps its trailing space), so joining them restores the text. */
export function splitIntoTokens(text: string): string[] {
  return text.match(/\s*\S+\s*/gy) ?? [];
}
