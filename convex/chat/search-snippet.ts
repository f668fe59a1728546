// The bit of a message shown under a search result: the text around the first
// search term it contains (case-insensitive), on one line.

const SNIPPET_CHARS = 120;

export function snippetOf(content: string, terms: string): string {
  const flat = content.replace(/\s+/g, " ").trim();
  const lower = flat.toLowerCase();
  const at = terms
    .toLowerCase()
    .split(/\s+/)
    .map((term) => lower.indexOf(term))
    .filter((index) => index >= 0)
    .reduce((first, index) => Math.min(first, index), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(at) ? Math.max(0, at - SNIPPET_CHARS / 3) : 0;
  const cut = flat.slice(start, start + SNIPPET_CHARS);
  return `${start > 0 ? "…" : ""}${cut}${start + SNIPPET_CHARS < flat.length ? "…" : ""}`;
}
