// Ingestion: chunk a processing document, reuse cached vectors for unchanged
// chunks (by content hash and embedder), embed the rest through the
// embeddings seam, write the chunks in batches, then make the version ready
// and retire the one it replaces in one transaction, so exactly one version
// serves at any moment. A failure marks the version failed; the previous
// version keeps serving.
import { v } from "convex/values";
import { chunkDocument } from "../../rules/chunking";
import { looksLikeInstructions } from "../../rules/docs-answer";
import { internal } from "../_generated/api";
import { internalAction } from "../_generated/server";
import { embedText } from "../embeddings/embed";
import { embeddedTextsOf } from "./content-hash";
import { currentEmbedder } from "./embedder";

const WRITE_BATCH = 40;

export type PreparedChunk = {
  position: number;
  headingPath: string[];
  text: string;
  searchText: string;
  contentHash: string;
  embedding: number[];
  flagged: boolean;
};

export const run = internalAction({
  args: { documentId: v.id("docDocuments") },
  handler: async (ctx, { documentId }) => {
    const document = await ctx.runQuery(internal.docs.ingestStore.load, { documentId });
    if (!document || document.status !== "processing") return;
    try {
      const embedder = currentEmbedder();
      const chunks = chunkDocument(document.text, { headings: document.kind !== "text" });
      const toEmbed = await embeddedTextsOf(chunks, document.title);
      const [texts, hashes] = [toEmbed.map((e) => e.text), toEmbed.map((e) => e.hash)];
      const cached = await ctx.runQuery(internal.docs.ingestStore.cachedEmbeddings, {
        hashes: [...new Set(hashes)],
        embedder,
      });
      const known = new Map(cached.map((c) => [c.contentHash, c.embedding]));
      let costMicros = 0;
      let embedded = 0;
      const prepared: PreparedChunk[] = [];
      let fresh: { contentHash: string; embedding: number[] }[] = [];
      const saveFresh = async () => {
        if (fresh.length > 0)
          await ctx.runMutation(internal.docs.ingestStore.cacheEmbeddings, { embedder, vectors: fresh });
        fresh = [];
      };
      for (const [i, chunk] of chunks.entries()) {
        const hash = hashes[i]!;
        let vector = known.get(hash);
        if (!vector) {
          const result = await embedText(texts[i]!);
          if (result.embedder !== embedder) throw new Error(`embedder changed during ingestion (${result.embedder})`);
          vector = result.vector;
          costMicros += result.costMicros;
          embedded++;
          known.set(hash, vector);
          fresh.push({ contentHash: hash, embedding: vector });
          if (fresh.length >= WRITE_BATCH) await saveFresh();
        }
        prepared.push({
          ...chunk,
          searchText: texts[i]!,
          contentHash: hash,
          embedding: vector,
          flagged: looksLikeInstructions(chunk.text),
        });
      }
      await saveFresh();
      for (let start = 0; start < prepared.length; start += WRITE_BATCH) {
        const still = await ctx.runMutation(internal.docs.ingestStore.writeChunks, {
          documentId,
          embedder,
          chunks: prepared.slice(start, start + WRITE_BATCH),
        });
        if (!still) return;
      }
      await ctx.runMutation(internal.docs.ingestStore.makeReady, {
        documentId,
        embedder,
        chunkCount: prepared.length,
        embeddedChunks: embedded,
        reusedChunks: prepared.length - embedded,
        embeddingMicros: costMicros,
        flagged: prepared.some((c) => c.flagged),
      });
    } catch (e) {
      // The cause (a provider error) is for the operator's logs; the list shows the user what to do.
      console.error("docs ingestion failed", documentId, e instanceof Error ? e.message : String(e));
      await ctx.runMutation(internal.docs.ingestStore.markFailed, {
        documentId,
        error:
          "Indexing failed (the embedding service did not answer). Upload it again later; any earlier version keeps serving.",
      });
    }
  },
});
