// The query-result cache of documentation chat: a question's retrieval
// result (its sources), reused for a day while the corpus version it was
// computed on is still current. Entries live inside their corpus (the
// owner's id or "workspace"), exactly like the chunks, so a personal corpus
// is never answered from another's entry; a document ready, replaced or
// deleted bumps the version, so a stale result is never served.
import { v } from "convex/values";
import type { DocsSource } from "../../rules/docs-answer";
import { utcDayKey } from "../../rules/daily-budget";
import { QUERY_RESULT_TTL_MS } from "../../rules/docs-limits";
import { internalMutation, internalQuery } from "../_generated/server";
import { sha256Hex } from "../cache/keys";
import { corpusValidator } from "./corpus";
import { corpusVersionOf } from "./corpus-version";
import { recordDocsSpend } from "./spend";
import { retrievedSourceValidator } from "./tables";

/** Expired entries deleted by each new one: the table never grows past a day's questions. */
const PURGE_PER_RECORD = 20;

/** What decides a result besides the corpus: the question (whitespace-normalised), the vector space and the options. */
export function queryKeyOf(
  question: string,
  options: { embedder: string; hybrid: boolean; topK: number },
): Promise<string> {
  return sha256Hex(
    JSON.stringify([question.trim().replace(/\s+/g, " "), options.embedder, options.hybrid, options.topK]),
  );
}

/** The corpus's current version and the fresh result stored for it, if any. */
export const lookup = internalQuery({
  args: { corpus: corpusValidator, key: v.string() },
  handler: async (ctx, { corpus, key }): Promise<{ version: number; sources: DocsSource[] | null }> => {
    const version = await corpusVersionOf(ctx, corpus);
    const entry = await ctx.db
      .query("docQueryResults")
      .withIndex("by_corpus_key", (q) => q.eq("corpus", corpus).eq("key", key).eq("version", version))
      .first();
    return { version, sources: entry && entry.expiresAt > Date.now() ? entry.sources : null };
  },
});

/**
 * Stores a result computed on `version`, unless the corpus changed meanwhile
 * (it would never be served); records what embedding the question cost either way.
 */
export const record = internalMutation({
  args: {
    corpus: corpusValidator,
    key: v.string(),
    version: v.number(),
    sources: v.array(retrievedSourceValidator),
    embedding: v.object({ embedder: v.string(), costMicros: v.number() }),
  },
  handler: async (ctx, { corpus, key, version, sources, embedding }) => {
    const now = Date.now();
    await recordDocsSpend(ctx, {
      day: utcDayKey(now),
      kind: "embedding",
      model: embedding.embedder,
      micros: embedding.costMicros,
      calls: 1,
    });
    for (const old of await ctx.db
      .query("docQueryResults")
      .withIndex("by_expiry", (q) => q.lte("expiresAt", now))
      .take(PURGE_PER_RECORD)) {
      await ctx.db.delete(old._id);
    }
    if ((await corpusVersionOf(ctx, corpus)) !== version) return false;
    const existing = await ctx.db
      .query("docQueryResults")
      .withIndex("by_corpus_key", (q) => q.eq("corpus", corpus).eq("key", key).eq("version", version))
      .first();
    if (existing) await ctx.db.patch(existing._id, { sources, createdAt: now, expiresAt: now + QUERY_RESULT_TTL_MS });
    else
      await ctx.db.insert("docQueryResults", {
        corpus,
        key,
        version,
        sources,
        createdAt: now,
        expiresAt: now + QUERY_RESULT_TTL_MS,
      });
    return true;
  },
});
