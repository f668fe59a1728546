import { internal } from "../_generated/api";
import type { Doc, Id } from "../_generated/dataModel";
import type { ActionCtx } from "../_generated/server";
import { LOCAL_EMBEDDER } from "../../rules/embeddings";
import { embedLocally } from "../../rules/embeddings-local";
import { EmbeddingMemo } from "../embeddings/memo";
import { RELAXED_THRESHOLD, SEMANTIC_CANDIDATES, SEMANTIC_THRESHOLD, sharedScopeEnabled } from "./config";
import { contextKeyOf, exactKeyOf } from "./keys";
import { guardedMatch } from "./lexical-guard";
import type { CacheTurn } from "./normalise";
import { cacheReachOf } from "./partitions";
import type { Partition } from "./tables";

export type CacheHit = { tier: "exact" | "semantic"; entry: Doc<"cacheEntries">; similarity: number };

export type LookupArgs = {
  ownerId: Id<"users">;
  /** The failover chain as "provider:model" strings, from server config (never from a client). */
  chain: readonly string[];
  /** What the generation would send: system prompt, earlier turns, the prompt last. */
  turns: readonly CacheTurn[];
  now: number;
  /** Share one per generation, so the prompt is embedded once and its cost can be billed. */
  embeddings?: EmbeddingMemo;
};

type Embedder = (text: string) => Promise<{ vector: number[]; embedder: string }>;

// The relaxed tier's embedder: free and offline, so it works when providers (OpenRouter included) do not.
const builtIn: Embedder = async (text) => ({ vector: embedLocally(text), embedder: LOCAL_EMBEDDER });

async function partitionsFor(ctx: ActionCtx, args: LookupArgs) {
  const profile = sharedScopeEnabled()
    ? ((await ctx.runQuery(internal.cache.entries.profileOf, { userId: args.ownerId })) ?? {})
    : {};
  return cacheReachOf(args.ownerId, args.turns, profile);
}

export type Neighbours = { results: Array<{ _id: Id<"cacheVectors">; _score: number }>; embedder: string };

/**
 * The nearest stored vectors to `prompt` in `partitions` (filtered inside the
 * index, on an exact partition value), or null when the prompt could not be
 * embedded: no vector, no semantic tier — a miss, never a failed reply.
 */
export async function nearestVectors(
  ctx: ActionCtx,
  prompt: string,
  partitions: readonly Partition[],
  embed: Embedder,
): Promise<Neighbours | null> {
  let embedding;
  try {
    embedding = await embed(prompt);
  } catch (error) {
    console.warn(`[cache] semantic lookup skipped: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  const [only, ...more] = partitions;
  const results = await ctx.vectorSearch("cacheVectors", "by_embedding", {
    vector: embedding.vector,
    limit: SEMANTIC_CANDIDATES,
    filter: (q) =>
      more.length === 0 ? q.eq("partition", only!) : q.or(...partitions.map((p) => q.eq("partition", p))),
  });
  return { results: results.map(({ _id, _score }) => ({ _id, _score })), embedder: embedding.embedder };
}

/** The send's probe for the generating action: the prompt to embed and where to search (computed by the server from its own view of the request). */
export type CacheProbe = { prompt: string; partitions: Partition[] };

async function semanticMatch(
  ctx: ActionCtx,
  args: LookupArgs,
  partitions: Partition[],
  threshold: number,
  embed: Embedder,
): Promise<CacheHit | null> {
  const prompt = args.turns.at(-1)!.content;
  const neighbours = await nearestVectors(ctx, prompt, partitions, embed);
  if (!neighbours) return null;
  const contextKey = await contextKeyOf(args.chain, args.turns);
  const candidates = await ctx.runQuery(internal.cache.entries.semanticCandidates, {
    ...neighbours,
    partitions,
    contextKey,
    now: args.now,
  });
  const match = guardedMatch(prompt, candidates, threshold);
  return match ? { tier: "semantic", ...match } : null;
}

/**
 * The server cache for one request: the exact tier (same chain, same
 * normalised context and prompt), then, for short conversations, the semantic
 * tier (similarity ≥ 0.95 and the lexical guard). Only the owner's partition,
 * plus the shared one when the operator enabled it and the prompt qualifies.
 * Runs in an action (vector search is action-only); null on a miss.
 */
export async function lookupServerCache(ctx: ActionCtx, args: LookupArgs): Promise<CacheHit | null> {
  const { scope, partitions } = await partitionsFor(ctx, args);
  const exactKey = await exactKeyOf(args.chain, args.turns);
  const entry = await ctx.runQuery(internal.cache.entries.exact, { partitions, exactKey, now: args.now });
  if (entry) return { tier: "exact", entry, similarity: 1 };
  const configured: Embedder = (text) => (args.embeddings ?? new EmbeddingMemo()).embedding(text);
  return scope.semantic ? semanticMatch(ctx, args, partitions, SEMANTIC_THRESHOLD, configured) : null;
}

/**
 * A near match (similarity ≥ 0.75, lexical guard still applied) for when no
 * provider can answer. Searches the built-in embedder's vectors (every entry
 * has one), so it needs no network even when OpenRouter embeds the rest. Serve it labelled, with `entry.prompt` as the question
 * it answered; never in place of a fresh generation.
 */
export async function lookupRelaxedMatch(ctx: ActionCtx, args: LookupArgs): Promise<CacheHit | null> {
  const { scope, partitions } = await partitionsFor(ctx, args);
  return scope.semantic ? semanticMatch(ctx, args, partitions, RELAXED_THRESHOLD, builtIn) : null;
}
