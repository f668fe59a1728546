// The prompts of council stages 2 and 3. Answers are shown only under their
// anonymous labels: which model wrote which stays on the server (the label
// map), so a reviewer cannot favour a model by name, nor recognise its own.
import type { AggregateEntry } from "./council-ranking";
import { FINAL_RANKING_HEADING } from "./council-ranking";
import { responseLabel } from "./council-labels";

/** Opens every stage-2 prompt; the offline LLM server looks for it to answer with a ranking. */
export const RANKING_PROMPT_MARKER = "You are reviewing anonymous answers from a council of AI models.";
/** Opens every stage-3 prompt. */
export const CHAIRMAN_PROMPT_MARKER = "You are the chairman of a council of AI models.";

export type LabelledAnswer = { label: string; text: string };

/**
 * Relabels answers "Response A, B, …" in an order drawn with `random`
 * (Fisher–Yates), so the label says nothing about the member's position.
 * Returns the labelled answers (safe to show models) and, separately, the
 * label → member index map that must stay server-side until the run ends.
 */
export function anonymise(
  answers: readonly string[],
  random: () => number,
): { labelled: LabelledAnswer[]; labelToMember: Record<string, number> } {
  const order = answers.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const labelled = order.map((member, position) => ({ label: responseLabel(position), text: answers[member]! }));
  const labelToMember = Object.fromEntries(order.map((member, position) => [responseLabel(position), member]));
  return { labelled, labelToMember };
}

function answersBlock(labelled: readonly LabelledAnswer[]): string {
  return labelled.map(({ label, text }) => `${label}:\n${text.trim()}`).join("\n\n");
}

export function rankingPrompt(question: string, labelled: readonly LabelledAnswer[]): string {
  const example = labelled.map(({ label }, i) => `${i + 1}. ${label}`).join("\n");
  return [
    RANKING_PROMPT_MARKER,
    `Question:\n${question.trim()}`,
    `Answers:\n\n${answersBlock(labelled)}`,
    "Critique each answer briefly: what it gets right and what it gets wrong. " +
      `Then end with a line "${FINAL_RANKING_HEADING}" followed by a numbered list of every response, best first, ` +
      "one per line, written exactly as its label and nothing else. For example:",
    `${FINAL_RANKING_HEADING}\n${example}`,
  ].join("\n\n");
}

function rankingLine(entry: AggregateEntry, position: number): string {
  const mean =
    entry.meanRank === null
      ? "not ranked"
      : `mean rank ${entry.meanRank.toFixed(2)} from ${entry.votes} review${entry.votes === 1 ? "" : "s"}`;
  return `${position + 1}. ${entry.label} (${mean})`;
}

export function chairmanPrompt(
  question: string,
  labelled: readonly LabelledAnswer[],
  aggregate: readonly AggregateEntry[],
): string {
  return [
    CHAIRMAN_PROMPT_MARKER,
    `Question:\n${question.trim()}`,
    `The council's answers:\n\n${answersBlock(labelled)}`,
    `How the council ranked them (best first):\n${aggregate.map(rankingLine).join("\n")}`,
    "Write the single best final answer to the question for the user. Use the strongest points of the answers, " +
      "weigh the ranking, correct mistakes, and do not mention the council, the responses or their labels.",
  ].join("\n\n");
}

/** Characters the stage-2 and stage-3 templates add around the question and answers (for the hold). */
export function promptOverheadChars(memberCount: number): number {
  const labelled = Array.from({ length: memberCount }, (_, i) => ({ label: responseLabel(i), text: "" }));
  const aggregate = labelled.map(({ label }) => ({ label, meanRank: 10.25, votes: memberCount }));
  return Math.max(rankingPrompt("", labelled).length, chairmanPrompt("", labelled, aggregate).length);
}
