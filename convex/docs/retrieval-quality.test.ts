// Retrieval quality on the demo corpus: recall@5 and MRR of the labelled
// questions, with the built-in embedder, hybrid (vector + full text) and
// vector only. Floors are the figures measured when the set was written,
// rounded down, so a regression in chunking or ranking fails here.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { demoCorpusUploads } from "../../scripts/harness/offline-stack/demo-corpus";
import type { DocsSource } from "../../rules/docs-answer";
import { newBackend, settle, signIn } from "../test.setup";
import { DEMO_QUESTIONS } from "./demo-questions.test-data";
import { retrieve } from "./fixtures.test-helpers";
import { storeUpload } from "./store";

// The corpus as it was when the labels were written (see retrieval-corpus.test-data/FROZEN.md).
const FROZEN_ROOT = join(import.meta.dirname, "retrieval-corpus.test-data");
const uploads = () => demoCorpusUploads(FROZEN_ROOT);

const OFF_TOPIC = [
  "What is the boiling point of tungsten?",
  "Who painted the Mona Lisa?",
  "Give me a recipe for banana bread.",
  "How tall is Mount Kilimanjaro?",
  "Which football club won the 1998 league?",
];
const offTopicHits: string[] = [];

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, " ");

/** 1-based rank of the first source whose own passage holds the phrase; undefined when none of the top 5 does. */
function rankOf(sources: DocsSource[], phrase: string): number | undefined {
  const i = sources.findIndex((s) => squash(s.excerpt).includes(squash(phrase)));
  return i < 0 ? undefined : i + 1;
}

describe("retrieval quality on the demo corpus (built-in embedder)", () => {
  it("every label's phrase is in the corpus (a label that cannot be found measures nothing)", () => {
    const corpus = squash(uploads().map((u) => u.text).join("\n"));
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(50);
    expect(DEMO_QUESTIONS.filter((q) => !corpus.includes(squash(q.phrase))).map((q) => q.phrase)).toEqual([]);
  });

  it("recall@5 and MRR with hybrid search on and off", { timeout: 120_000 }, async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    for (const upload of uploads()) await t.run((ctx) => storeUpload(ctx, "workspace", undefined, upload));
    await settle(t);
    const figures: Record<string, { recallAt5: number; mrr: number }> = {};
    for (const hybrid of [true, false]) {
      let found = 0;
      let reciprocal = 0;
      for (const { question, phrase } of DEMO_QUESTIONS) {
        const { sources } = await retrieve(t, ada.userId, "workspace", question, hybrid);
        const rank = rankOf(sources, phrase);
        if (rank === undefined) continue;
        found++;
        reciprocal += 1 / rank;
      }
      figures[hybrid ? "hybrid" : "vector only"] = { recallAt5: found / DEMO_QUESTIONS.length, mrr: reciprocal / DEMO_QUESTIONS.length };
    }
    console.log(`docs retrieval, ${DEMO_QUESTIONS.length} questions:`, JSON.stringify(figures));
    // Measured 2026-11-30 (recall@5 / MRR): hybrid 0.963 / 0.797, vector only 0.870 / 0.651.
    expect(figures.hybrid!.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(figures.hybrid!.mrr).toBeGreaterThanOrEqual(0.72);
    expect(figures["vector only"]!.recallAt5).toBeGreaterThanOrEqual(0.75);
    expect(figures["vector only"]!.mrr).toBeGreaterThanOrEqual(0.55);
    expect(figures.hybrid!.mrr).toBeGreaterThan(figures["vector only"]!.mrr);
    // Off-topic questions find nothing above the similarity floor: the "nothing relevant" path.
    for (const question of OFF_TOPIC) {
      const { sources } = await retrieve(t, ada.userId, "workspace", question);
      offTopicHits.push(...sources.map(() => question));
    }
    console.log("off-topic questions with sources:", offTopicHits.length, "of", OFF_TOPIC.length);
    expect(offTopicHits).toEqual([]);
  });
});
