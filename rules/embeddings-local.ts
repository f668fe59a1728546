// The built-in embedder: deterministic, no network, no model. Used when no
// embedding provider is configured and on the offline stack (the local LLM
// server answers `/embeddings` with it too). It sees shared words, word pairs
// and spellings, not meaning: paraphrases that change most words score low.
// That costs hit rate, never correctness (the lexical guard and the 0.95
// threshold decide what is served).
import { EMBEDDING_DIMENSIONS } from "./embeddings";
import { contentWordsOf } from "./embeddings-text";

const WORD_WEIGHT = 1;
const PAIR_WEIGHT = 0.5;
const TRIGRAM_WEIGHT = 0.2;

/** FNV-1a, 32 bit: a fixed, well-spread hash that is the same on every runtime. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Adds `weight` at the feature's bucket, with a hashed sign so collisions cancel on average instead of piling up. */
function addFeature(vector: number[], feature: string, weight: number): void {
  const hash = fnv1a(feature);
  const sign = fnv1a(`±${feature}`) & 1 ? 1 : -1;
  vector[hash % vector.length]! += sign * weight;
}

function trigramsOf(word: string): string[] {
  const padded = `<${word}>`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

/**
 * A unit-length vector of `dimensions` floats for `text`: feature-hashed
 * content-word unigrams, adjacent-word bigrams and character trigrams.
 * Text without any content word gives the zero vector (nothing to match on).
 */
export function embedLocally(text: string, dimensions: number = EMBEDDING_DIMENSIONS): number[] {
  const vector: number[] = new Array<number>(dimensions).fill(0);
  const words = contentWordsOf(text);
  words.forEach((word, i) => {
    addFeature(vector, `w:${word}`, WORD_WEIGHT);
    if (i > 0) addFeature(vector, `b:${words[i - 1]} ${word}`, PAIR_WEIGHT);
    for (const gram of trigramsOf(word)) addFeature(vector, `c:${gram}`, TRIGRAM_WEIGHT);
  });
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((x) => x / length);
}

/** Cosine similarity of two vectors of equal length (0 when either is zero). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa === 0 || bb === 0 ? 0 : dot / Math.sqrt(aa * bb);
}
