import { defineTable } from "convex/server";
import { v } from "convex/values";
import type { Id } from "../_generated/dataModel";
import { EMBEDDING_DIMENSIONS } from "../../rules/embeddings";

/**
 * A partition: the owner's user id, or "shared" for the operator-enabled
 * shared scope. Every lookup filters on exactly one value with equality, in
 * the index itself (never a prefix of some text), so one user's entries are
 * not even candidates for another's search.
 */
export const partitionValidator = v.union(v.id("users"), v.literal("shared"));
export type Partition = Id<"users"> | "shared";

/**
 * Which tier served a reply: the browser's verified copy, the server cache's
 * exact or semantic tier, a fresh provider generation, the prepared pool or a
 * relaxed near match (the last two only when no provider could answer).
 */
export const replyTierValidator = v.union(
  v.literal("browser"),
  v.literal("exact"),
  v.literal("semantic"),
  v.literal("fresh"),
  v.literal("pool"),
  v.literal("relaxed"),
);
export type ReplyTier = "browser" | "exact" | "semantic" | "fresh" | "pool" | "relaxed";

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
    .vectorIndex("by_embedding", {
      vectorField: "embedding",
      dimensions: EMBEDDING_DIMENSIONS,
      filterFields: ["partition"],
    }),

  /**
   * The prepared-answer pool: popular prompts chosen by admins, answered
   * ahead of time by the deployment's chain (cron, off-hours, daily call
   * quota) and served, labelled "prepared earlier", only when no provider can
   * answer. Single-turn prompts; matched on the normalised prompt and the chain.
   */
  cachePool: defineTable({
    prompt: v.string(),
    /** SHA-256 of the normalised prompt: one row per question, however it is typed. */
    promptKey: v.string(),
    addedBy: v.id("users"),
    addedAt: v.number(),
    /** The answer and the chain that wrote it; absent until the first fill. */
    answer: v.optional(v.string()),
    chain: v.optional(v.array(v.string())),
    provider: v.optional(v.string()),
    model: v.optional(v.string()),
    answeredAt: v.optional(v.number()),
    costMicros: v.optional(v.number()),
  })
    .index("by_prompt_key", ["promptKey"])
    .index("by_answered", ["answeredAt"]),

  /** Provider calls the pool's fill made per UTC day, against CACHE_POOL_DAILY_CALLS. */
  cachePoolCalls: defineTable({ day: v.string(), calls: v.number() }).index("by_day", ["day"]),
};
