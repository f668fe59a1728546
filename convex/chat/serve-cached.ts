import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { servedReply, type Served } from "../cache/serve";
import { release, settle } from "../guardrails/daily-spend";
import { recordReplyMetric } from "../metrics/record";
import { leaveQueue } from "../providers/queue";

export const neighboursValidator = v.object({
  results: v.array(v.object({ _id: v.id("cacheVectors"), _score: v.number() })),
  embedder: v.string(),
});

/**
 * Serves a server-cache hit before any provider was asked, in the caller's
 * transaction (`reply-state.begin`, which has just seen the reply pending):
 * the reply is done with the entry's text, its reservation settled at what
 * embedding the prompt cost (released when nothing), its queue place given
 * up, and the metric counted under its tier. No attempt, no provider budget.
 */
export async function serveBeforeGeneration(
  ctx: MutationCtx,
  message: Doc<"messages">,
  served: Served,
  embeddingMicros: number,
  now: number,
) {
  const reply = servedReply(served);
  const reservation = message.reservation;
  await ctx.db.patch(message._id, {
    status: "done",
    ...reply,
    cached: true,
    cacheTier: served.tier,
    costMicros: embeddingMicros,
    reservation: undefined,
    timings: { ...message.timings!, startedAt: now, finishedAt: now },
  });
  if (reservation && embeddingMicros > 0) await settle(ctx, message.ownerId, reservation, embeddingMicros);
  else if (reservation) await release(ctx, message.ownerId, reservation);
  await leaveQueue(ctx, message._id);
  const report = {
    ending: "done" as const,
    provider: reply.provider,
    model: reply.model,
    costMicros: embeddingMicros,
    attempts: [],
    cacheTier: served.tier,
    embeddingMicros,
  };
  await recordReplyMetric(ctx, { ...message, cached: true }, report, { day: reservation?.day }, now);
}
