// The ingestion action's reads and writes (internal only).
import { v } from "convex/values";
import { internalMutation, internalQuery } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";
import { bumpCorpusVersion } from "./corpus-version";
import { deleteChunksOf } from "./remove";
import { recordDocsSpend } from "./spend";

export const load = internalQuery({
  args: { documentId: v.id("docDocuments") },
  handler: (ctx, { documentId }) => ctx.db.get(documentId),
});

export const cachedEmbeddings = internalQuery({
  args: { hashes: v.array(v.string()), embedder: v.string() },
  handler: async (ctx, { hashes, embedder }) => {
    const found = [];
    for (const contentHash of hashes) {
      const row = await ctx.db
        .query("docEmbeddings")
        .withIndex("by_hash", (q) => q.eq("contentHash", contentHash).eq("embedder", embedder))
        .first();
      if (row) found.push({ contentHash, embedding: row.embedding });
    }
    return found;
  },
});

/** Stores freshly embedded vectors (a batch per call); a hash another ingestion stored meanwhile is kept, not duplicated. */
export const cacheEmbeddings = internalMutation({
  args: {
    embedder: v.string(),
    vectors: v.array(v.object({ contentHash: v.string(), embedding: v.array(v.float64()) })),
  },
  handler: async (ctx, { embedder, vectors }) => {
    for (const { contentHash, embedding } of vectors) {
      const existing = await ctx.db
        .query("docEmbeddings")
        .withIndex("by_hash", (q) => q.eq("contentHash", contentHash).eq("embedder", embedder))
        .first();
      if (!existing) await ctx.db.insert("docEmbeddings", { contentHash, embedder, embedding, createdAt: Date.now() });
    }
  },
});

const chunkValidator = v.object({
  position: v.number(),
  headingPath: v.array(v.string()),
  text: v.string(),
  searchText: v.string(),
  contentHash: v.string(),
  embedding: v.array(v.float64()),
  flagged: v.boolean(),
});

/** Writes a batch of a processing version's chunks (not served until it is ready); false once it was superseded or deleted. */
export const writeChunks = internalMutation({
  args: { documentId: v.id("docDocuments"), embedder: v.string(), chunks: v.array(chunkValidator) },
  handler: async (ctx, { documentId, embedder, chunks }) => {
    const document = await ctx.db.get(documentId);
    if (!document || document.status !== "processing") return false;
    for (const chunk of chunks)
      await ctx.db.insert("docChunks", { ...chunk, documentId, corpus: document.corpus, embedder });
    return true;
  },
});

export const makeReady = internalMutation({
  args: {
    documentId: v.id("docDocuments"),
    embedder: v.string(),
    chunkCount: v.number(),
    embeddedChunks: v.number(),
    reusedChunks: v.number(),
    embeddingMicros: v.number(),
    flagged: v.boolean(),
  },
  handler: async (ctx, { documentId, ...result }) => {
    const document = await ctx.db.get(documentId);
    if (!document || document.status !== "processing") return;
    await ctx.db.patch(documentId, { ...result, status: "ready", readyAt: Date.now() });
    await bumpCorpusVersion(ctx, document.corpus);
    await recordDocsSpend(ctx, {
      day: utcDayKey(Date.now()),
      kind: "embedding",
      model: result.embedder,
      micros: result.embeddingMicros,
      calls: result.embeddedChunks,
    });
    const old = document.replaces ? await ctx.db.get(document.replaces) : null;
    if (old && old.status === "ready") {
      await deleteChunksOf(ctx, old._id);
      await ctx.db.patch(old._id, { status: "replaced", text: "" });
    }
  },
});

export const markFailed = internalMutation({
  args: { documentId: v.id("docDocuments"), error: v.string() },
  handler: async (ctx, { documentId, error }) => {
    const document = await ctx.db.get(documentId);
    if (!document || document.status !== "processing") return;
    await deleteChunksOf(ctx, documentId);
    await ctx.db.patch(documentId, { status: "failed", error: error.slice(0, 500) });
  },
});
