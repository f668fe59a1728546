import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { internalMutation, internalQuery, type ActionCtx, type QueryCtx } from "../_generated/server";
import { LOCAL_EMBEDDER } from "../../rules/embeddings";
import { embedLocally } from "../../rules/embeddings-local";
import { embeddingsProvider } from "../embeddings/config";
import { EmbeddingMemo } from "../embeddings/memo";
import { cacheTtlMs, sharedScopeEnabled } from "./config";
import { cacheScopeOf } from "./eligibility";
import { contextKeyOf, exactKeyOf } from "./keys";
import { forgetCacheForMessage } from "./cleanup";
import { cacheRefusalOf, type CacheRefusal } from "./record-policy";

const turnValidator = v.object({
  role: v.union(v.literal("system"), v.literal("user"), v.literal("assistant")),
  content: v.string(),
});

/** The reply and the user message right before it in its conversation. */
async function replyAndPrompt(ctx: QueryCtx, replyId: Id<"messages">) {
  const reply = await ctx.db.get(replyId);
  if (!reply) return { reply: null, prompt: null };
  const prompt = await ctx.db
    .query("messages")
    .withIndex("by_conversation", (q) => q.eq("conversationId", reply.conversationId))
    .order("desc")
    .filter((q) => q.and(q.lt(q.field("_creationTime"), reply._creationTime), q.eq(q.field("role"), "user")))
    .first();
  return { reply, prompt };
}

/** Whether `replyId` may be cached, before anything is spent on embedding it. */
export const check = internalQuery({
  args: { replyId: v.id("messages"), turns: v.array(turnValidator) },
  handler: async (ctx, { replyId, turns }) => {
    const { reply, prompt } = await replyAndPrompt(ctx, replyId);
    return cacheRefusalOf(reply, prompt, turns);
  },
});

/**
 * Stores the entry. Re-reads the reply and re-applies every refusal in this
 * transaction (the caller's earlier check may be stale: a stop or a flag can
 * land in between). One entry in the owner's partition, and a second in the
 * shared one when the scope allows; beside each, the given vectors of this
 * prompt (the built-in embedder's, and the configured provider's).
 */
export const store = internalMutation({
  args: {
    replyId: v.id("messages"),
    chain: v.array(v.string()),
    turns: v.array(turnValidator),
    now: v.number(),
    embeddings: v.optional(v.array(v.object({ vector: v.array(v.float64()), embedder: v.string(), text: v.string() }))),
  },
  handler: async (ctx, args): Promise<{ stored: number } | { refused: CacheRefusal }> => {
    const { reply, prompt } = await replyAndPrompt(ctx, args.replyId);
    const refusal = cacheRefusalOf(reply, prompt, args.turns);
    if (refusal || !reply || !prompt) return { refused: refusal ?? "not_found" };
    const owner = await ctx.db.get(reply.ownerId);
    const scope = cacheScopeOf(args.turns, {
      sharedScope: sharedScopeEnabled(),
      profile: { name: owner?.name, email: owner?.email },
    });
    await forgetCacheForMessage(ctx, reply._id); // a retried reply replaces its earlier entry
    const [exactKey, contextKey] = await Promise.all([
      exactKeyOf(args.chain, args.turns),
      contextKeyOf(args.chain, args.turns),
    ]);
    const common = {
      ownerId: reply.ownerId,
      conversationId: reply.conversationId,
      messageId: reply._id,
      exactKey,
      contextKey,
      prompt: prompt.content,
      reply: reply.content,
      provider: reply.provider!,
      model: reply.model!,
      createdAt: args.now,
      expiresAt: args.now + cacheTtlMs(),
    };
    // Only vectors of this prompt, one per vector space.
    const vectors = (scope.semantic ? (args.embeddings ?? []) : []).filter(
      (e, i, all) => e.text === prompt.content && all.findIndex((o) => o.embedder === e.embedder) === i,
    );
    const partitions = scope.shared ? [reply.ownerId, "shared" as const] : [reply.ownerId];
    for (const partition of partitions) {
      const entryId = await ctx.db.insert("cacheEntries", { ...common, partition });
      for (const vector of vectors)
        await ctx.db.insert("cacheVectors", {
          entryId,
          partition,
          embedder: vector.embedder,
          embedding: vector.vector,
        });
    }
    return { stored: partitions.length };
  },
});

export type RecordArgs = {
  replyId: Id<"messages">;
  chain: readonly string[];
  /** The turns the reply was generated from (the same array the lookup saw). */
  turns: ReadonlyArray<{ role: "system" | "user" | "assistant"; content: string }>;
  now: number;
  embeddings?: EmbeddingMemo;
};

/**
 * Puts a finished reply into the server cache. Call it from the generating
 * action after the reply is marked done and settled. Refuses (and says why)
 * failed, stopped, flagged, BYOK, estimated-usage and cached replies; the
 * refusal is enforced again inside the storing transaction.
 */
export async function recordCacheEntry(
  ctx: ActionCtx,
  args: RecordArgs,
): Promise<{ stored: number } | { refused: CacheRefusal }> {
  const turns = args.turns.map((t) => ({ role: t.role, content: t.content }));
  const early = await ctx.runQuery(internal.cache.record.check, { replyId: args.replyId, turns });
  if (early) return { refused: early };
  const scope = cacheScopeOf(turns, { sharedScope: false, profile: {} });
  const text = turns.at(-1)!.content;
  // Always the built-in vector (free; the relaxed tier searches it), plus the configured embedder's.
  const embeddings = scope.semantic ? [{ vector: embedLocally(text), embedder: LOCAL_EMBEDDER, text }] : [];
  if (scope.semantic) {
    try {
      if (embeddingsProvider() !== "local") {
        const result = await (args.embeddings ?? new EmbeddingMemo()).embedding(text);
        embeddings.push({ vector: result.vector, embedder: result.embedder, text });
      }
    } catch (error) {
      // Stored without the remote vector: a failed embedding never loses the entry.
      console.warn(`[cache] stored without a remote vector: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return ctx.runMutation(internal.cache.record.store, {
    replyId: args.replyId,
    chain: [...args.chain],
    turns,
    now: args.now,
    embeddings,
  });
}
