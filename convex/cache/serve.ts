import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { RELAXED_THRESHOLD, SEMANTIC_THRESHOLD } from "./config";
import type { CacheScope } from "./eligibility";
import { exactEntryIn, semanticCandidatesIn } from "./entries";
import { contextKeyOf, exactKeyOf } from "./keys";
import { guardedMatch } from "./lexical-guard";
import type { CacheTurn } from "./normalise";
import { poolAnswerFor } from "./pool-match";
import type { Partition } from "./tables";

// The mutation side of serving: given the keys and the vectors the action
// found, which entry (if any) answers this request. Every check is made here,
// in the serving transaction: partition, context, expiry, threshold, guard.

export type Reach = { chain: string[]; turns: CacheTurn[]; partitions: Partition[]; scope: CacheScope };
export type Neighbours = { results: Array<{ _id: Id<"cacheVectors">; _score: number }>; embedder: string };
export type Served =
  { tier: "exact" | "semantic" | "relaxed"; entry: Doc<"cacheEntries"> } | { tier: "pool"; pool: Doc<"cachePool"> };

/** Only the owner's partition, and "shared" when this request may read it: re-checked against what was stored. */
function allowedPartitions(ownerId: Id<"users">, reach: Reach): Partition[] {
  return reach.partitions.filter((p) => p === ownerId || (p === "shared" && reach.scope.shared));
}

async function semanticEntry(
  ctx: QueryCtx,
  ownerId: Id<"users">,
  reach: Reach,
  neighbours: Neighbours | undefined,
  threshold: number,
  now: number,
) {
  if (!reach.scope.semantic || !neighbours) return null;
  const contextKey = await contextKeyOf(reach.chain, reach.turns);
  const candidates = await semanticCandidatesIn(ctx, {
    ...neighbours,
    partitions: allowedPartitions(ownerId, reach),
    contextKey,
    now,
  });
  return guardedMatch(reach.turns.at(-1)!.content, candidates, threshold)?.entry ?? null;
}

/** Before any provider is asked: the exact tier, then the semantic tier (≥ 0.95 and the lexical guard). */
export async function serverCacheHit(
  ctx: QueryCtx,
  ownerId: Id<"users">,
  reach: Reach,
  neighbours: Neighbours | undefined,
  now: number,
): Promise<Served | null> {
  const exact = await exactEntryIn(
    ctx,
    allowedPartitions(ownerId, reach),
    await exactKeyOf(reach.chain, reach.turns),
    now,
  );
  if (exact) return { tier: "exact", entry: exact };
  const semantic = await semanticEntry(ctx, ownerId, reach, neighbours, SEMANTIC_THRESHOLD, now);
  return semantic && { tier: "semantic", entry: semantic };
}

/** When every provider is unavailable: the prepared pool, then a relaxed near match (≥ 0.75, same guard, built-in vectors). */
export async function fallbackHit(
  ctx: QueryCtx,
  ownerId: Id<"users">,
  reach: Reach,
  builtInNeighbours: Neighbours | undefined,
  now: number,
): Promise<Served | null> {
  const pool = await poolAnswerFor(ctx, reach.chain, reach.turns);
  if (pool) return { tier: "pool", pool };
  const near = await semanticEntry(ctx, ownerId, reach, builtInNeighbours, RELAXED_THRESHOLD, now);
  return near && { tier: "relaxed", entry: near };
}

/** What the reply shows when served, whichever the tier. */
export function servedReply(served: Served) {
  if (served.tier === "pool")
    return { content: served.pool.answer!, provider: served.pool.provider!, model: served.pool.model! };
  const { reply, provider, model } = served.entry;
  return {
    content: reply,
    provider,
    model,
    ...(served.tier === "relaxed" ? { cacheQuestion: served.entry.prompt } : {}),
  };
}
