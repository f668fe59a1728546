import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { ActionCtx } from "../_generated/server";
import { LOCAL_EMBEDDER } from "../../rules/embeddings";
import { embedLocally } from "../../rules/embeddings-local";
import { embeddingsProvider } from "../embeddings/config";
import type { EmbeddingMemo } from "../embeddings/memo";
import { nearestVectors, type CacheProbe } from "./lookup";
import type { CacheTurn } from "./normalise";
import { cacheReachOf } from "./partitions";
import { recordCacheEntry } from "./record";
import type { Reach } from "./serve";
import { partitionValidator } from "./tables";

// What the generating action (chat/reply-action.ts) does for the server cache, in
// the order it happens: probe before `begin`, embed and record after a done
// reply, probe the built-in vectors when every provider failed.

export const cacheProbeValidator = v.object({ prompt: v.string(), partitions: v.array(partitionValidator) });

/** The send's probe (server-side, from the context it just selected): null when only the exact tier may answer. */
export function cacheProbeFor(
  owner: Pick<Doc<"users">, "_id" | "name" | "email">,
  turns: readonly CacheTurn[],
): CacheProbe | undefined {
  const { scope, partitions } = cacheReachOf(owner._id, turns, owner);
  return scope.semantic ? { prompt: turns.at(-1)!.content, partitions } : undefined;
}

/** The probe's nearest vectors, embedded through the generation's memo (recording reuses the vector and its cost). */
export function probeNeighbours(ctx: ActionCtx, probe: CacheProbe, memo: EmbeddingMemo) {
  return nearestVectors(ctx, probe.prompt, probe.partitions, (text) => memo.embedding(text));
}

/** Embeds the prompt with the configured remote embedder before the ending, so what it cost is settled with the reply. */
export async function embedForRecording(reach: Reach, memo: EmbeddingMemo) {
  if (!reach.scope.semantic || embeddingsProvider() === "local") return;
  await memo.embedding(reach.turns.at(-1)!.content).catch(() => undefined); // a failure only means no remote vector
}

/** Records a done reply; a cache problem never turns a finished reply into a crash. */
export async function recordSafely(ctx: ActionCtx, replyId: Id<"messages">, reach: Reach, memo: EmbeddingMemo) {
  try {
    await recordCacheEntry(ctx, { replyId, chain: reach.chain, turns: reach.turns, now: Date.now(), embeddings: memo });
  } catch (error) {
    console.warn(`[cache] not recorded: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** For a relaxed match: the built-in embedder's neighbours (free, no network: it must work during an outage). */
export async function fallbackProbe(ctx: ActionCtx, reach: Reach) {
  if (!reach.scope.semantic) return {};
  const builtIn = async (text: string) => ({ vector: embedLocally(text), embedder: LOCAL_EMBEDDER });
  const neighbours = await nearestVectors(ctx, reach.turns.at(-1)!.content, reach.partitions, builtIn);
  return neighbours ? { neighbours } : {};
}
