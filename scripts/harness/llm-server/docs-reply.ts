import { messageText } from "./reply.ts";
import type { ChatMessage } from "./schemas.ts";

// A deterministic documentation answer (issue 16): when the last user turn
// carries numbered `<source n="…">` blocks, the demo model quotes the first
// line of source 1 and cites every source it was given — plus source 99,
// which it never was, when the question asks it to ("cite a missing
// source"), so the server's citation check can be seen at work offline.
const SOURCE = /<source n="(\d+)"[^>]*>\n([^\n]*)/g;

export function docsReplyFor(messages: ChatMessage[]): string | null {
  const lastUser = messages.findLast((message) => message.role === "user");
  const prompt = lastUser ? messageText(lastUser) : "";
  const sources = [...prompt.matchAll(SOURCE)].map((m) => ({ n: m[1]!, firstLine: m[2]!.trim() }));
  if (sources.length === 0) return null;
  const citations = sources.map((s) => `[${s.n}]`).join("");
  const missing = /cite a missing source/i.test(prompt.split("Question:").at(-1) ?? "") ? " See also [99]." : "";
  return `**Offline demo model** — from the documents: “${sources[0]!.firstLine.slice(0, 160)}” ${citations}.${missing}\n`;
}
