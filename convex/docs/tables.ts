import { defineTable } from "convex/server";
import { v } from "convex/values";
import { EMBEDDING_DIMENSIONS } from "../../rules/embeddings";
import { corpusValidator } from "./corpus";

/** A source as retrieved, prompt-only context included (rules/docs-answer.ts DocsSource). */
export const retrievedSourceValidator = v.object({
  n: v.number(),
  documentId: v.string(),
  title: v.string(),
  headingPath: v.array(v.string()),
  excerpt: v.string(),
  context: v.string(),
  chunkIds: v.array(v.string()),
  flagged: v.boolean(),
});

const documentStatus = v.union(v.literal("processing"), v.literal("ready"), v.literal("replaced"), v.literal("failed"));

export const docsTables = {
  /** One uploaded version of a document. A re-upload with the same title is a new row that replaces the old one when ready. */
  docDocuments: defineTable({
    /** The owner's user id for a personal document, "workspace" for the admins' shared corpus. */
    corpus: corpusValidator,
    /** Absent for the demo corpus the offline stack seeds. */
    uploadedBy: v.optional(v.id("users")),
    title: v.string(),
    kind: v.union(v.literal("markdown"), v.literal("text"), v.literal("html")),
    /** The text that is chunked (HTML already converted); emptied once replaced. */
    text: v.string(),
    bytes: v.number(),
    status: documentStatus,
    /** The ready version this one replaces; it keeps serving until this one is ready. */
    replaces: v.optional(v.id("docDocuments")),
    /** Some chunk reads like instructions to the model (prompt-injection heuristic). */
    flagged: v.boolean(),
    chunkCount: v.optional(v.number()),
    /** Chunks embedded for this version, and chunks whose vector came from the embedding cache. */
    embeddedChunks: v.optional(v.number()),
    reusedChunks: v.optional(v.number()),
    embeddingMicros: v.optional(v.number()),
    embedder: v.optional(v.string()),
    error: v.optional(v.string()),
    createdAt: v.number(),
    readyAt: v.optional(v.number()),
  })
    .index("by_corpus_title", ["corpus", "title"])
    .index("by_corpus_status", ["corpus", "status"]),

  /** A searchable piece of a document: both indexes filter on `corpus` inside the index, so another corpus is never a candidate. */
  docChunks: defineTable({
    documentId: v.id("docDocuments"),
    corpus: corpusValidator,
    position: v.number(),
    headingPath: v.array(v.string()),
    text: v.string(),
    /** Title, heading path and text: what is embedded and full-text searched. */
    searchText: v.string(),
    contentHash: v.string(),
    embedder: v.string(),
    embedding: v.array(v.float64()),
    flagged: v.boolean(),
  })
    .index("by_document_position", ["documentId", "position"])
    .vectorIndex("by_embedding", {
      vectorField: "embedding",
      dimensions: EMBEDDING_DIMENSIONS,
      filterFields: ["corpus"],
    })
    .searchIndex("search_text", { searchField: "searchText", filterFields: ["corpus"] }),

  /** Vectors by content: an unchanged chunk (same hash, same embedder) is never embedded twice. */
  docEmbeddings: defineTable({
    contentHash: v.string(),
    embedder: v.string(),
    embedding: v.array(v.float64()),
    createdAt: v.number(),
  }).index("by_hash", ["contentHash", "embedder"]),

  /** Each corpus's version, bumped when what it serves changes (convex/docs/corpus-version.ts). No row: version 0. */
  docCorpusVersions: defineTable({ corpus: corpusValidator, version: v.number() }).index("by_corpus", ["corpus"]),

  /** Retrieval results by question, per corpus and corpus version, kept a day (convex/docs/queryCache.ts). */
  docQueryResults: defineTable({
    corpus: corpusValidator,
    version: v.number(),
    /** SHA-256 of the normalised question, the embedder and the retrieval options. */
    key: v.string(),
    sources: v.array(retrievedSourceValidator),
    createdAt: v.number(),
    expiresAt: v.number(),
  })
    .index("by_corpus_key", ["corpus", "key", "version"])
    .index("by_expiry", ["expiresAt"]),

  /**
   * Documentation chat's spend per UTC day, kind and model (embedding model,
   * or `provider/model` of a docs answer), on one of SHARDS rows picked at
   * random per write (convex/lib/shards.ts) so replies do not serialise;
   * the admin view sums them (convex/docs/spend.ts).
   */
  docSpend: defineTable({
    day: v.string(),
    kind: v.union(v.literal("embedding"), v.literal("answer")),
    model: v.string(),
    shard: v.number(),
    micros: v.number(),
    /** Embedding: texts embedded (chunks and questions); answer: provider calls. */
    calls: v.number(),
  }).index("by_day_kind_model_shard", ["day", "kind", "model", "shard"]),
};
