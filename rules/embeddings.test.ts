import { describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS, embeddingCostMicros, REMOTE_EMBEDDING_MODEL } from "./embeddings";
import { contentWordsOf, stem, wordsOf } from "./embeddings-text";

describe("embedding prices", () => {
  it("charges $0.02 per million tokens for text-embedding-3-small, in whole micro-dollars", () => {
    expect(embeddingCostMicros(REMOTE_EMBEDDING_MODEL, 1_000_000)).toBe(20_000);
    expect(embeddingCostMicros(REMOTE_EMBEDDING_MODEL, 50_000)).toBe(1_000);
  });

  it("rounds a tiny call up to one micro-dollar, never down to free", () => {
    expect(embeddingCostMicros(REMOTE_EMBEDDING_MODEL, 1)).toBe(1);
    expect(embeddingCostMicros(REMOTE_EMBEDDING_MODEL, 0)).toBe(0);
  });

  it("prices an unknown model at the dearest known embedding rate", () => {
    expect(embeddingCostMicros("someone/new-embedder", 1_000_000)).toBe(20_000);
  });

  it("fixes one vector size for every embedder", () => {
    expect(EMBEDDING_DIMENSIONS).toBe(512);
  });
});

describe("words", () => {
  it("spells out n't and drops other clitics, lower-cased after NFKC", () => {
    expect(wordsOf("Isn't it? Don't! What's ＡＢＣ")).toEqual(["is", "not", "it", "do", "not", "what", "abc"]);
    expect(wordsOf("I can't, we won't")).toEqual(["i", "can", "not", "we", "will", "not"]);
  });

  it("keeps the + and # of language names", () => {
    expect(wordsOf("C++ or C# or F#")).toEqual(["c++", "or", "c#", "or", "f#"]);
  });

  it("stems plurals, -ing and -ed, and leaves short words and numbers alone", () => {
    expect(["lists", "sorting", "parsed", "queries", "boxes", "class", "status", "bus", "2nds"].map(stem)).toEqual([
      "list",
      "sort",
      "pars",
      "query",
      "box",
      "class",
      "status",
      "bus",
      "2nds",
    ]);
  });

  it("drops function words but keeps negations and question words", () => {
    expect(contentWordsOf("How do I not sort the lists?")).toEqual(["how", "not", "sort", "list"]);
  });
});
