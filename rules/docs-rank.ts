// Ranking for hybrid retrieval. Reciprocal rank fusion (Cormack, Clarke and
// Büttcher, 2009): each list contributes 1 / (k + rank), so lists with
// incomparable scores (cosine similarity, term matches) merge without tuning.
// The full-text list is ranked here by a small term-overlap score, because the
// search index is used as a candidate filter: Convex cloud ranks by BM25 but
// the offline engine returns matches in insertion order, and one ranking in
// our code makes both behave the same.
import { RRF_K } from "./docs-limits";
import { contentWordsOf } from "./embeddings-text";

/** Ids ordered by fused score, best first; ties keep the first list's order. */
export function reciprocalRankFusion<Id>(lists: readonly (readonly Id[])[], k: number = RRF_K): { id: Id; score: number }[] {
  const scores = new Map<Id, number>();
  for (const list of lists) {
    list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** The question's content words, stemmed: what the search index is asked for. */
export function searchTermsOf(question: string): string[] {
  return [...new Set(contentWordsOf(question))];
}

/**
 * Candidates ordered by how many distinct question terms they contain,
 * weighted by rarity among the candidates (an IDF over the candidate set),
 * best first; candidates with no term drop out.
 */
export function rankByTerms<T extends { id: unknown; text: string }>(question: string, candidates: readonly T[]): T[] {
  const terms = searchTermsOf(question);
  const wordsOf = candidates.map((c) => new Set(contentWordsOf(c.text)));
  const idf = new Map(terms.map((t) => [t, Math.log(1 + candidates.length / (1 + wordsOf.filter((w) => w.has(t)).length))]));
  return candidates
    .map((candidate, i) => ({ candidate, score: terms.reduce((sum, t) => sum + (wordsOf[i]!.has(t) ? idf.get(t)! : 0), 0) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.candidate);
}
