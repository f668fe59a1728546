// Reading a council member's ranking out of its critique, and combining the
// rankings. Models format freely (markdown, bold, extra prose, repeats), so
// the parser is tolerant of form but strict about content: only labels that
// were handed out count, each once, in the order listed after the LAST
// "FINAL RANKING" heading (a model may quote the instruction earlier).

export const FINAL_RANKING_HEADING = "FINAL RANKING:";

export type RankingParse =
  /** Every label, each once. */
  | { status: "parsed"; order: string[] }
  /** Some labels, each once; the missing ones get no rank from this reviewer. */
  | { status: "partial"; order: string[]; missing: string[] }
  /** Nothing usable: the reviewer is left out of the aggregate, and the reason recorded. */
  | { status: "unparsed"; order: []; reason: string };

const HEADING = /final\s*ranking\s*[:：]?/gi;
const NAMED = /\bresponse\s+([a-z]{1,4})\b/gi;
// A list line that names only the letters: "2. B", "- **C**", "3) `AA`".
const BARE = /^\s*(?:\d+\s*[.):-]|[-*•])\s*[*_`[(]*([a-z]{1,4})[*_`\])]*\s*[.:,-]?\s*$/i;

/** The labels ("Response A"…) in the reviewer's order; `labels` are the ones handed out. */
export function parseRanking(text: string, labels: readonly string[]): RankingParse {
  const known = new Map(labels.map((label) => [label.toUpperCase(), label]));
  const headings = [...text.matchAll(HEADING)];
  const last = headings.at(-1);
  if (!last) return { status: "unparsed", order: [], reason: "no FINAL RANKING section" };
  const section = text.slice(last.index + last[0].length);
  const order: string[] = [];
  const take = (letters: string) => {
    const label = known.get(`RESPONSE ${letters.toUpperCase()}`);
    if (label && !order.includes(label)) order.push(label);
  };
  for (const line of section.split(/\r?\n/)) {
    const named = [...line.matchAll(NAMED)];
    if (named.length > 0) named.forEach((match) => take(match[1]!));
    else {
      const bare = BARE.exec(line);
      if (bare) take(bare[1]!);
    }
  }
  if (order.length === 0) return { status: "unparsed", order: [], reason: "FINAL RANKING names no known response" };
  const missing = labels.filter((label) => !order.includes(label));
  return missing.length === 0 ? { status: "parsed", order } : { status: "partial", order, missing };
}

export type AggregateEntry = { label: string; meanRank: number | null; votes: number };

/**
 * Mean rank per label over the reviewers who ranked it (1 = best). Ties are
 * broken by more votes, then by label order, so the result is deterministic;
 * labels nobody ranked come last.
 */
export function aggregateRankings(labels: readonly string[], orders: readonly (readonly string[])[]): AggregateEntry[] {
  const entries = labels.map((label, position) => {
    const ranks = orders
      .map((order) => order.indexOf(label))
      .filter((rank) => rank >= 0)
      .map((rank) => rank + 1);
    const meanRank = ranks.length === 0 ? null : ranks.reduce((sum, rank) => sum + rank, 0) / ranks.length;
    return { label, meanRank, votes: ranks.length, position };
  });
  entries.sort((a, b) => {
    if (a.meanRank === null || b.meanRank === null)
      return a.meanRank === b.meanRank ? a.position - b.position : a.meanRank === null ? 1 : -1;
    return a.meanRank - b.meanRank || b.votes - a.votes || a.position - b.position;
  });
  return entries.map(({ label, meanRank, votes }) => ({ label, meanRank, votes }));
}
