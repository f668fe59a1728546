import { createHash } from "node:crypto";
import { CHAIRMAN_PROMPT_MARKER, RANKING_PROMPT_MARKER } from "../../../rules/council-prompts.ts";
import { messageText } from "./reply.ts";
import type { ChatMessage } from "./schemas.ts";

// Deterministic council replies (issue 15). Stage-1 answers are the ordinary
// demo reply, which already differs per model (it names the model). A stage-2
// prompt gets a critique and a parseable "FINAL RANKING:" list whose order is
// seeded by the model name; a stage-3 prompt gets a synthesis.
function seed(model: string): number {
  return createHash("sha256").update(model).digest().readUInt32BE(0);
}

function rankingReply(model: string, prompt: string): string {
  const labels = [...new Set(prompt.match(/^Response [A-Z]+(?=:$)/gm) ?? [])];
  const shift = seed(model) % Math.max(1, labels.length);
  const order = [...labels.slice(shift), ...labels.slice(0, shift)];
  const critiques = order.map((label, i) => `${label} ${i === 0 ? "is the clearest" : "is useful but less complete"}.`);
  return [
    `**Offline demo model** (\`${model}\`) reviewing.`,
    ...critiques,
    "",
    "FINAL RANKING:",
    ...order.map((label, i) => `${i + 1}. ${label}`),
  ].join("\n");
}

/** A question containing "offline: <model> cannot rank" makes that model review without a ranking (the parser's recorded fallback). */
export const cannotRankPhrase = (model: string) => `offline: ${model} cannot rank`;

export function councilReplyFor(model: string, messages: ChatMessage[]): string | null {
  const lastUser = messages.findLast((message) => message.role === "user");
  const prompt = lastUser ? messageText(lastUser) : "";
  if (prompt.startsWith(RANKING_PROMPT_MARKER) && prompt.includes(cannotRankPhrase(model))) {
    return `**Offline demo model** (\`${model}\`) reviewing: every response has merits, and I would rather not rank them.`;
  }
  if (prompt.startsWith(RANKING_PROMPT_MARKER)) return rankingReply(model, prompt);
  if (prompt.startsWith(CHAIRMAN_PROMPT_MARKER)) {
    const best = /\n1\. (Response [A-Z]+)/.exec(prompt)?.[1] ?? "the top answer";
    return `**Offline demo model** (\`${model}\`) as chairman: building on ${best}, here is the council's final answer.`;
  }
  return null;
}
