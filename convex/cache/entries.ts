import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { internalQuery, type QueryCtx } from "../_generated/server";
import { partitionValidator, type Partition } from "./tables";

// The database side of a lookup: the action computes keys and vectors, these
// read. Every read re-checks partition, context and expiry itself, so a
// caller's mistake cannot widen what a user is served.

/** The live exact-tier entry for `exactKey`, searching the partitions in order (the user's own first). */
export async function exactEntryIn(ctx: QueryCtx, partitions: readonly Partition[], exactKey: string, now: number) {
  for (const partition of partitions) {
    const entry = await ctx.db
      .query("cacheEntries")
      .withIndex("by_partition_key", (q) => q.eq("partition", partition).eq("exactKey", exactKey).gt("expiresAt", now))
      .first();
    if (entry) return entry;
  }
  return null;
}

export const exact = internalQuery({
  args: { partitions: v.array(partitionValidator), exactKey: v.string(), now: v.number() },
  handler: (ctx, { partitions, exactKey, now }) => exactEntryIn(ctx, partitions, exactKey, now),
});

export const vectorResultValidator = v.object({ _id: v.id("cacheVectors"), _score: v.number() });
export type CandidateArgs = {
  results: ReadonlyArray<{ _id: Doc<"cacheVectors">["_id"]; _score: number }>;
  partitions: readonly Partition[];
  embedder: string;
  contextKey: string;
  now: number;
};

/**
 * The entries behind vector-search results that may serve this request: same
 * partition as their vector and one of `partitions`, same vector space, same
 * context (chain + earlier turns), not expired. Best score first.
 */
export async function semanticCandidatesIn(ctx: QueryCtx, args: CandidateArgs) {
  const candidates: Array<{ entry: Doc<"cacheEntries">; similarity: number }> = [];
  for (const result of [...args.results].sort((a, b) => b._score - a._score)) {
    const vector = await ctx.db.get(result._id);
    if (!vector || vector.embedder !== args.embedder || !args.partitions.includes(vector.partition)) continue;
    const entry = await ctx.db.get(vector.entryId);
    if (
      !entry ||
      entry.partition !== vector.partition ||
      entry.contextKey !== args.contextKey ||
      entry.expiresAt <= args.now
    )
      continue;
    candidates.push({ entry, similarity: result._score });
  }
  return candidates;
}

export const semanticCandidates = internalQuery({
  args: {
    results: v.array(vectorResultValidator),
    partitions: v.array(partitionValidator),
    embedder: v.string(),
    contextKey: v.string(),
    now: v.number(),
  },
  handler: (ctx, args) => semanticCandidatesIn(ctx, args),
});

/** What the shared-scope check needs to know about a user (their name and email count as personal markers). */
export const profileOf = internalQuery({
  args: { userId: v.id("users") },
  handler: async (ctx, { userId }) => {
    const user = await ctx.db.get(userId);
    return user ? { name: user.name, email: user.email } : null;
  },
});
