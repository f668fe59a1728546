import type { MutationCtx, QueryCtx } from "../_generated/server";
import type { CorpusKey } from "./corpus";

// A corpus's version: bumped whenever what it serves changes (a version
// becomes ready, replacing another or not, or a ready one is deleted). Cached
// query results are keyed by it, so a change makes every earlier result
// unreachable at once. Written only by ingestion and deletes, read by every
// docs question: reads never conflict with reads.

export async function corpusVersionOf(ctx: QueryCtx, corpus: CorpusKey): Promise<number> {
  const row = await ctx.db
    .query("docCorpusVersions")
    .withIndex("by_corpus", (q) => q.eq("corpus", corpus))
    .unique();
  return row?.version ?? 0;
}

/** Stale entries deleted by a bump; any left over expire within a day (queryCache.record purges them). */
const STALE_DELETED_PER_BUMP = 256;

export async function bumpCorpusVersion(ctx: MutationCtx, corpus: CorpusKey): Promise<void> {
  const row = await ctx.db
    .query("docCorpusVersions")
    .withIndex("by_corpus", (q) => q.eq("corpus", corpus))
    .unique();
  if (row) await ctx.db.patch(row._id, { version: row.version + 1 });
  else await ctx.db.insert("docCorpusVersions", { corpus, version: 1 });
  // Every cached result of the corpus is now stale: drop them, so a deleted document's passages do not linger in the cache.
  for (const entry of await ctx.db
    .query("docQueryResults")
    .withIndex("by_corpus_key", (q) => q.eq("corpus", corpus))
    .take(STALE_DELETED_PER_BUMP)) {
    await ctx.db.delete(entry._id);
  }
}
