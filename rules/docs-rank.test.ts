import { describe, expect, it } from "vitest";
import { isRelevant, rankByTerms, reciprocalRankFusion, searchTermsOf, termCoverage } from "./docs-rank";

describe("reciprocalRankFusion", () => {
  it("sums 1/(k + rank) over lists", () => {
    const fused = reciprocalRankFusion(
      [
        ["a", "b", "c"],
        ["c", "a"],
      ],
      60,
    );
    expect(fused.map((x) => x.id)).toEqual(["a", "c", "b"]);
    expect(fused[0]!.score).toBeCloseTo(1 / 61 + 1 / 62);
    expect(fused[1]!.score).toBeCloseTo(1 / 63 + 1 / 61);
    expect(fused[2]!.score).toBeCloseTo(1 / 62);
  });

  it("an item found by both lists beats one ranked first by only one", () => {
    const fused = reciprocalRankFusion([
      ["x", "both"],
      ["y", "both"],
    ]);
    expect(fused[0]!.id).toBe("both");
  });

  it("a single list keeps its order; empty lists give nothing", () => {
    expect(reciprocalRankFusion([["q", "r", "s"]]).map((x) => x.id)).toEqual(["q", "r", "s"]);
    expect(reciprocalRankFusion([[], []])).toEqual([]);
  });
});

describe("rankByTerms", () => {
  const docs = [
    { id: 1, text: "The circuit breaker opens after five failures." },
    { id: 2, text: "Daily cost caps and the circuit of holds." },
    { id: 3, text: "Nothing in common here." },
  ];
  it("orders by matched question terms weighted by rarity, dropping candidates with none", () => {
    expect(rankByTerms("When does the circuit breaker open?", docs).map((d) => d.id)).toEqual([1, 2]);
  });
  it("ignores stop words (a question of only filler matches nothing)", () => {
    expect(rankByTerms("what is the", docs)).toEqual([]);
  });
});

describe("relevance", () => {
  it("topic words leave question words out", () => {
    expect(searchTermsOf("What is the boiling point of tungsten?")).toEqual(["boil", "point", "tungsten"]);
  });
  it("coverage is the share of topic words the text has", () => {
    expect(termCoverage("How do I descale the kettle?", "Descale the kettle monthly")).toBe(1);
    expect(termCoverage("How tall is Mount Kilimanjaro?", "Mount the volume")).toBeCloseTo(1 / 3);
    expect(termCoverage("what is it", "anything")).toBe(0);
  });
  it("needs half the topic words, or one word and similarity, or high similarity alone", () => {
    expect(isRelevant(0.5, 0)).toBe(true);
    expect(isRelevant(0.33, 0.2)).toBe(true);
    expect(isRelevant(0.33, 0.16)).toBe(false);
    expect(isRelevant(0, 0.31)).toBe(false);
    expect(isRelevant(0, 0.5)).toBe(true);
  });
});
