// Retrieval's reads (internal only). Every read re-checks the corpus and the
// document's status: only chunks of ready versions in the asked corpus, in
// the question's vector space, are ever returned.
import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import { internalQuery, type QueryCtx } from "../_generated/server";
import { corpusValidator } from "./corpus";

/** Chunks the full-text index matches (any term), candidates for term ranking; no vectors are returned. */
export const textCandidates = internalQuery({
  args: { corpus: corpusValidator, query: v.string(), limit: v.number() },
  handler: async (ctx, { corpus, query, limit }) => {
    const rows = await ctx.db
      .query("docChunks")
      .withSearchIndex("search_text", (q) => q.search("searchText", query).eq("corpus", corpus))
      .take(limit);
    return rows.map((r) => ({ id: r._id, text: r.searchText }));
  },
});

const ADJACENT_MAX_CHARS = 1200;

async function neighbour(ctx: QueryCtx, chunk: Doc<"docChunks">, position: number) {
  const row = await ctx.db
    .query("docChunks")
    .withIndex("by_document_position", (q) => q.eq("documentId", chunk.documentId).eq("position", position))
    .unique();
  // Context only from the same section: a neighbour under another heading is another topic.
  if (!row || row.headingPath.join("\u0000") !== chunk.headingPath.join("\u0000")) return undefined;
  return { id: row._id, text: row.text.slice(0, ADJACENT_MAX_CHARS), flagged: row.flagged };
}

/** The chunks, in the given order, that are readable for this corpus and vector space, with title and neighbours. */
export const loadChunks = internalQuery({
  args: { corpus: corpusValidator, embedder: v.string(), chunkIds: v.array(v.id("docChunks")) },
  handler: async (ctx, { corpus, embedder, chunkIds }) => {
    const out = [];
    const documents = new Map<Id<"docDocuments">, Doc<"docDocuments"> | null>();
    for (const id of chunkIds) {
      const chunk = await ctx.db.get(id);
      if (!chunk || chunk.corpus !== corpus || chunk.embedder !== embedder) continue;
      if (!documents.has(chunk.documentId)) documents.set(chunk.documentId, await ctx.db.get(chunk.documentId));
      const document = documents.get(chunk.documentId);
      if (!document || document.status !== "ready" || document.corpus !== corpus) continue;
      out.push({
        id: chunk._id,
        documentId: chunk.documentId,
        title: document.title,
        headingPath: chunk.headingPath,
        text: chunk.text,
        searchText: chunk.searchText,
        embedding: chunk.embedding,
        flagged: chunk.flagged,
        previous: await neighbour(ctx, chunk, chunk.position - 1),
        next: await neighbour(ctx, chunk, chunk.position + 1),
      });
    }
    return out;
  },
});
