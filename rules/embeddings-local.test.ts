import { describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS } from "./embeddings";
import { cosineSimilarity, embedLocally } from "./embeddings-local";

const length = (v: number[]) => Math.hypot(...v);

describe("the built-in embedder", () => {
  it("gives a unit vector of the fixed dimensions", () => {
    const vector = embedLocally("How do I reverse a list in Python?");
    expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);
    expect(length(vector)).toBeCloseTo(1, 12);
    expect(embedLocally("hello world", 64)).toHaveLength(64);
  });

  it("is deterministic", () => {
    expect(embedLocally("Explain the CAP theorem")).toEqual(embedLocally("Explain the CAP theorem"));
  });

  it("ignores case, punctuation, spacing and function words", () => {
    const a = embedLocally("How do I reverse a list in Python?");
    expect(cosineSimilarity(a, embedLocally("how to   reverse a list in python"))).toBeCloseTo(1, 10);
  });

  it("puts unrelated prompts far apart and a one-word change in between", () => {
    const base = embedLocally("What is the capital of France?");
    expect(cosineSimilarity(base, embedLocally("Write a haiku about autumn leaves"))).toBeLessThan(0.2);
    const near = cosineSimilarity(base, embedLocally("What is the capital of Germany?"));
    expect(near).toBeGreaterThan(0.3);
    expect(near).toBeLessThan(0.95);
  });

  it("sees word order through word pairs", () => {
    const similarity = cosineSimilarity(embedLocally("dog bites man"), embedLocally("man bites dog"));
    expect(similarity).toBeGreaterThan(0.5);
    expect(similarity).toBeLessThan(0.99);
  });

  it("gives the zero vector when there is no content word, and cosine 0 against it", () => {
    const empty = embedLocally("the a of?");
    expect(empty.every((x) => x === 0)).toBe(true);
    expect(cosineSimilarity(empty, embedLocally("anything"))).toBe(0);
  });

  it("computes cosine similarity", () => {
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, 1], [2, 2])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 0], [-1, 0])).toBe(-1);
  });
});
