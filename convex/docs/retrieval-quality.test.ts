// Retrieval quality on the demo corpus: recall@5 and MRR of the labelled
// questions, with the built-in embedder, hybrid (vector + full text) and
// vector only. Floors are the figures measured when the set was written,
// rounded down, so a regression in chunking or ranking fails here.
import { describe, expect, it } from "vitest";
import { demoCorpusUploads } from "../../scripts/harness/offline-stack/demo-corpus";
import { newBackend, settle, signIn } from "../test.setup";
import { DEMO_QUESTIONS } from "./demo-questions.test-data";
import { retrieve } from "./fixtures.test-helpers";
import { missingPhrases, RETRIEVAL_FLOORS, retrievalFigures } from "./retrieval-figures.test-helpers";
import { storeUpload } from "./store";

// The seeded demo corpus: a snapshot taken when the labels were written (scripts/harness/offline-stack/demo-corpus/ABOUT.md).
const uploads = () => demoCorpusUploads();

const OFF_TOPIC = [
  "What is the boiling point of tungsten?",
  "Who painted the Mona Lisa?",
  "Give me a recipe for banana bread.",
  "How tall is Mount Kilimanjaro?",
  "Which football club won the 1998 league?",
];
const offTopicHits: string[] = [];

describe("retrieval quality on the demo corpus (built-in embedder)", () => {
  it("every label's phrase is in the corpus (a label that cannot be found measures nothing)", () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(50);
    expect(
      missingPhrases(
        uploads().map((u) => u.text),
        DEMO_QUESTIONS,
      ),
    ).toEqual([]);
  });

  it("recall@5 and MRR with hybrid search on and off", { timeout: 120_000 }, async () => {
    const t = newBackend();
    const ada = await signIn(t, { name: "ada" });
    for (const upload of uploads()) await t.run((ctx) => storeUpload(ctx, "workspace", undefined, upload));
    await settle(t);
    const figures: Record<string, { recallAt5: number; mrr: number }> = {};
    for (const hybrid of [true, false]) {
      const { recallAt5, mrr } = await retrievalFigures(
        t,
        { userId: ada.userId, corpus: "workspace" },
        DEMO_QUESTIONS,
        hybrid,
      );
      figures[hybrid ? "hybrid" : "vector only"] = { recallAt5, mrr };
    }
    console.log(`docs retrieval, ${DEMO_QUESTIONS.length} questions:`, JSON.stringify(figures));
    expect(figures.hybrid!.recallAt5).toBeGreaterThanOrEqual(RETRIEVAL_FLOORS.hybrid.recallAt5);
    expect(figures.hybrid!.mrr).toBeGreaterThanOrEqual(RETRIEVAL_FLOORS.hybrid.mrr);
    expect(figures["vector only"]!.recallAt5).toBeGreaterThanOrEqual(RETRIEVAL_FLOORS.vectorOnly.recallAt5);
    expect(figures["vector only"]!.mrr).toBeGreaterThanOrEqual(RETRIEVAL_FLOORS.vectorOnly.mrr);
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
