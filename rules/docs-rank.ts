// Ranking for hybrid retrieval. Reciprocal rank fusion (Cormack, Clarke and
// Büttcher, 2009): each list contributes 1 / (k + rank), so lists with
// incomparable scores (cosine similarity, term matches) merge without tuning.
// The full-text list is ranked here by a small term-overlap score, because the
// search index is used as a candidate filter: Convex cloud ranks by BM25 but
// the offline engine returns matches in insertion order, and one ranking in
// our code makes both behave the same.
import { MIN_SOURCE_SIMILARITY, MIN_TERM_COVERAGE, RRF_K, SURE_SOURCE_SIMILARITY } from "./docs-limits";
import { contentWordsOf } from "./embeddings-text";

/** Ids ordered by fused score, best first; ties keep the first list's order. */
export function reciprocalRankFusion<Id>(
  lists: readonly (readonly Id[])[],
  k: number = RRF_K,
): { id: Id; score: number }[] {
  const scores = new Map<Id, number>();
  for (const list of lists) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

// How a question is asked says nothing about its topic; "what" matches every document.
const QUESTION_WORDS = new Set([
  "what",
  "who",
  "whom",
  "whose",
  "how",
  "which",
  "why",
  "when",
  "where",
  "give",
  "explain",
  "tell",
  "show",
  "do",
  "doe",
  "does",
  "did",
  "can",
  "could",
  "should",
  "would",
  "will",
  "is",
  "are",
  "me",
  "please",
]);

/** The question's topic words (content words, stemmed, question words left out): what the search index is asked for. */
export function searchTermsOf(question: string): string[] {
  return [...new Set(contentWordsOf(question))].filter((word) => !QUESTION_WORDS.has(word));
}

/** Share of the question's topic words that `text` contains (0 when the question has none). */
export function termCoverage(question: string, text: string): number {
  const terms = searchTermsOf(question);
  if (terms.length === 0) return 0;
  const words = new Set(contentWordsOf(text));
  return terms.filter((t) => words.has(t)).length / terms.length;
}

/**
 * Whether a passage may be given as a source. The built-in embedder's
 * similarities of relevant and off-topic passages overlap (both 0.1–0.3 on
 * the labelled set), so similarity alone cannot decide; a passage must share
 * half of the question's topic words, or share one and be similar, or be
 * very similar. Measured on the demo corpus: every off-topic question then
 * gets no source, and 53 of 54 labelled passages qualify.
 */
export function isRelevant(coverage: number, similarity: number): boolean {
  return (
    coverage >= MIN_TERM_COVERAGE ||
    (coverage > 0 && similarity >= MIN_SOURCE_SIMILARITY) ||
    similarity >= SURE_SOURCE_SIMILARITY
  );
}

/**
 * Candidates ordered by how many distinct question terms they contain,
 * weighted by rarity among the candidates (an IDF over the candidate set),
 * best first; candidates with no term drop out.
 */
export function rankByTerms<T extends { id: unknown; text: string }>(question: string, candidates: readonly T[]): T[] {
  const terms = searchTermsOf(question);
  const wordsOf = candidates.map((c) => new Set(contentWordsOf(c.text)));
  const idf = new Map(
    terms.map((t) => [t, Math.log(1 + candidates.length / (1 + wordsOf.filter((w) => w.has(t)).length))]),
  );
  return candidates
    .map((candidate, i) => ({
      candidate,
      score: terms.reduce((sum, t) => sum + (wordsOf[i]!.has(t) ? idf.get(t)! : 0), 0),
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.candidate);
}
