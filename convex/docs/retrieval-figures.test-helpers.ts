// Retrieval figures on a labelled set, shared by the quality test and
// `npm run bench` (scripts/bench/docs-figures.ts): recall@5, MRR and each
// question's retrieval time, searching every time (the query cache off).
import type { TestConvex } from "convex-test";
import type { DocsSource } from "../../rules/docs-answer";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import type schema from "../schema";
import type { LabelledQuestion } from "./demo-questions.test-data";

/** Floors for the demo corpus and the built-in embedder: the figures measured when the set was written (2026-11-30: hybrid 0.963 / 0.797, vector only 0.870 / 0.651), rounded down. */
export const RETRIEVAL_FLOORS = {
  hybrid: { recallAt5: 0.9, mrr: 0.72 },
  vectorOnly: { recallAt5: 0.75, mrr: 0.55 },
} as const;

export type RetrievalFigures = { recallAt5: number; mrr: number; latenciesMs: number[] };

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

/** 1-based rank of the first source whose own passage holds the phrase; undefined when none of the top 5 does. */
export function rankOf(sources: readonly DocsSource[], phrase: string): number | undefined {
  const i = sources.findIndex((s) => squash(s.excerpt).includes(squash(phrase)));
  return i < 0 ? undefined : i + 1;
}

/** Every label's phrase that is not in the corpus text (a label that cannot be found measures nothing). */
export function missingPhrases(corpusTexts: readonly string[], questions: readonly LabelledQuestion[]): string[] {
  const corpus = squash(corpusTexts.join("\n"));
  return questions.filter((q) => !corpus.includes(squash(q.phrase))).map((q) => q.phrase);
}

export async function retrievalFigures(
  t: Pick<TestConvex<typeof schema>, "action">,
  asker: { userId: Id<"users">; corpus: "personal" | "workspace" },
  questions: readonly LabelledQuestion[],
  hybrid: boolean,
): Promise<RetrievalFigures> {
  let found = 0;
  let reciprocal = 0;
  const latenciesMs: number[] = [];
  for (const { question, phrase } of questions) {
    const started = performance.now();
    const { sources } = await t.action(internal.docs.retrieve.retrieve, { ...asker, question, hybrid, cache: false });
    latenciesMs.push(performance.now() - started);
    const rank = rankOf(sources, phrase);
    if (rank === undefined) continue;
    found++;
    reciprocal += 1 / rank;
  }
  return { recallAt5: found / questions.length, mrr: reciprocal / questions.length, latenciesMs };
}
