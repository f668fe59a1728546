import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Doc, Id } from "../_generated/dataModel";
import { internalMutation, type MutationCtx } from "../_generated/server";

const PURGE_BATCH = 200;

async function deleteEntry(ctx: MutationCtx, entry: Doc<"cacheEntries">) {
  const vectors = await ctx.db
    .query("cacheVectors")
    .withIndex("by_entry", (q) => q.eq("entryId", entry._id))
    .collect();
  for (const vector of vectors) await ctx.db.delete(vector._id);
  await ctx.db.delete(entry._id);
}

/**
 * Removes every cache entry (and vector) made from a conversation, in every
 * partition including the shared one. The conversation cascade
 * (`convex/chat/cascade.ts`) must call it in the same transaction that deletes
 * the messages, so a deleted conversation can never be served again.
 */
export async function deleteCacheForConversation(ctx: MutationCtx, conversationId: Id<"conversations">) {
  const entries = await ctx.db
    .query("cacheEntries")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
    .collect();
  for (const entry of entries) await deleteEntry(ctx, entry);
}

/** Removes the entries made from one reply: call it when the reply is retried (regenerated) or deleted. */
export async function forgetCacheForMessage(ctx: MutationCtx, messageId: Id<"messages">) {
  const entries = await ctx.db
    .query("cacheEntries")
    .withIndex("by_message", (q) => q.eq("messageId", messageId))
    .collect();
  for (const entry of entries) await deleteEntry(ctx, entry);
}

/**
 * Deletes expired entries in batches, rescheduling itself until none are
 * left. Lookups already ignore expired entries; this only frees the space.
 * `now` is injectable for tests; a cron passes nothing.
 */
export const purgeExpired = internalMutation({
  args: { now: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const now = args.now ?? Date.now();
    const expired = await ctx.db
      .query("cacheEntries")
      .withIndex("by_expiry", (q) => q.lte("expiresAt", now))
      .take(PURGE_BATCH);
    for (const entry of expired) await deleteEntry(ctx, entry);
    if (expired.length === PURGE_BATCH) await ctx.scheduler.runAfter(0, internal.cache.cleanup.purgeExpired, { now });
    return expired.length;
  },
});
