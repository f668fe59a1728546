import { defineTable } from "convex/server";
import { v } from "convex/values";
import { EMBEDDING_DIMENSIONS } from "../../rules/embeddings";

/**
 * A partition: the owner's user id, or "shared" for the operator-enabled
 * shared scope. Every lookup filters on exactly one value with equality, in
 * the index itself (never a prefix of some text), so one user's entries are
 * not even candidates for another's search.
 */
export const partitionValidator = v.union(v.id("users"), v.literal("shared"));

export const cacheTables = {
  /** A finished reply that may answer the same (or, semantically, a near-identical) request again. */
  cacheEntries: defineTable({
    partition: partitionValidator,
    /** The user whose reply it is: deletion and auditing follow them even in the shared partition. */
    ownerId: v.id("users"),
    conversationId: v.id("conversations"),
    messageId: v.id("messages"),
    /** SHA-256 of chain + normalised turns (the exact tier). */
    exactKey: v.string(),
    /** SHA-256 of chain + normalised earlier turns: a semantic match needs the same context. */
    contextKey: v.string(),
    /** The prompt as the user wrote it, for the lexical guard and a relaxed match's label. */
    prompt: v.string(),
    reply: v.string(),
    provider: v.string(),
    model: v.string(),
    createdAt: v.number(),
    expiresAt: v.number(),
  })
    .index("by_partition_key", ["partition", "exactKey", "expiresAt"])
    .index("by_conversation", ["conversationId"])
    .index("by_message", ["messageId"])
    .index("by_expiry", ["expiresAt"]),

  /** The semantic tier's vectors, apart from the entries so exact lookups never read 4 KB vectors. */
  cacheVectors: defineTable({
    entryId: v.id("cacheEntries"),
    partition: partitionValidator,
    /** The vector space (e.g. "openrouter:openai/text-embedding-3-small"); other spaces are never compared. */
    embedder: v.string(),
    embedding: v.array(v.float64()),
  })
    .index("by_entry", ["entryId"])
    .vectorIndex("by_embedding", { vectorField: "embedding", dimensions: EMBEDDING_DIMENSIONS, filterFields: ["partition"] }),
};
