import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { internalMutation, type QueryCtx } from "../_generated/server";
import { chargeOf } from "../../rules/pricing";
import { settleHold } from "../guardrails/holds";
import { recordReplyMetric } from "../metrics/record";
import { recordDocsAnswerSpend } from "../docs/spend";
import { storedDocsSourceValidator } from "./docs-mode";
import { attemptValidator } from "./tables";
import { fallbackHit, servedReply, type Neighbours, type Served } from "../cache/serve";
import { jobOf } from "./reply-state";
import { neighboursValidator } from "./serve-cached";

const usageValidator = v.object({ promptTokens: v.number(), completionTokens: v.number(), estimated: v.boolean() });
export const chargedCallValidator = v.object({ provider: v.string(), model: v.string(), usage: usageValidator });
const endingArgs = {
  attemptId: v.id("holds"),
  outcome: v.union(v.literal("done"), v.literal("failed"), v.literal("stopped")),
  content: v.optional(v.string()),
  provider: v.optional(v.string()),
  model: v.optional(v.string()),
  reason: v.optional(v.string()),
  attempts: v.array(attemptValidator),
  /** Every provider call of the attempt that produced anything: each is charged. */
  calls: v.array(chargedCallValidator),
  /** A docs answer: the question's embedding (paid whatever the ending), and on success the sources kept on the reply. */
  docs: v.optional(
    v.object({
      embeddingMicros: v.number(),
      sources: v.optional(v.array(storedDocsSourceValidator)),
      invalidCitations: v.optional(v.number()),
    }),
  ),
  /** What embedding the prompt for the server cache cost (lookup and recording share one embedding): paid whatever the ending. */
  cacheEmbeddingMicros: v.optional(v.number()),
  /** Every provider was unavailable: try the prepared pool, then a relaxed match (the built-in vectors' neighbours) before failing. */
  fallback: v.optional(v.object({ neighbours: v.optional(neighboursValidator) })),
};
type Ending = {
  outcome: "done" | "failed" | "stopped";
  content?: string;
  provider?: string;
  model?: string;
  reason?: string;
  attempts: Doc<"messages">["attempts"];
  docs?: { embeddingMicros: number; sources?: NonNullable<Doc<"messages">["docsSources"]>; invalidCitations?: number };
};

/**
 * Ends one generation attempt: settles its hold with what every call cost
 * (exactly once — a second ending is ignored), records the same cost in the
 * metrics, and writes the reply only if it is still this attempt's.
 */
export const finish = internalMutation({
  args: endingArgs,
  handler: async (ctx, { attemptId, calls, cacheEmbeddingMicros = 0, fallback, ...ending }) => {
    const now = Date.now();
    const charged = chargeOf(calls);
    const usage = charged.usage;
    const costMicros = charged.costMicros + (ending.docs?.embeddingMicros ?? 0) + cacheEmbeddingMicros;
    const hold = await settleHold(ctx, attemptId, costMicros, "generation", now);
    if (!hold) return;
    const { own, seen } = await replyOfAttempt(ctx, hold);
    const billed = calls.length ? { usage, costMicros } : { costMicros };
    const served =
      fallback && ending.outcome === "failed" && own?.status === "streaming"
        ? await fallbackFor(ctx, own, fallback.neighbours, now)
        : null;
    const tier = served
      ? served.tier
      : ending.outcome === "done" && ending.provider && !own?.cached
        ? ("fresh" as const)
        : undefined;
    const answer = served
      ? { ending: "done" as const, provider: servedReply(served).provider, model: servedReply(served).model }
      : { ending: ending.outcome, provider: ending.provider, model: ending.model };
    const report = {
      ...answer,
      usage,
      costMicros,
      attempts: ending.attempts ?? [],
      cacheTier: tier,
      embeddingMicros: cacheEmbeddingMicros,
    };
    await recordReplyMetric(
      ctx,
      served ? { ...seen, cached: true } : seen,
      report,
      { day: hold.day, byok: hold.byok },
      now,
    );
    if (ending.docs) await recordDocsAnswerSpend(ctx, hold.day, calls);
    if (!own) return;
    const finished = served
      ? servedPatch(own, served, ending.attempts, billed, now)
      : endingPatch(own, ending, billed, now);
    // The tier goes on a reply this ending writes as done (a user's Stop keeps the reply stopped, untiered).
    await ctx.db.patch(own._id, tier && own.status === "streaming" ? { ...finished, cacheTier: tier } : finished);
  },
});

/** The pool's or a relaxed match's answer for a reply every provider failed, if this request may have one. */
async function fallbackFor(ctx: QueryCtx, reply: Doc<"messages">, neighbours: Neighbours | undefined, now: number) {
  const job = await jobOf(ctx, reply);
  return job?.cache ? fallbackHit(ctx, reply.ownerId, job.cache, neighbours, now) : null;
}

/** A fallback answer: done, cached, labelled by its tier (and a near match by the question it answered); the failed calls still paid. */
function servedPatch(
  message: Doc<"messages">,
  served: Served,
  attempts: Ending["attempts"],
  billed: Pick<Doc<"messages">, "usage" | "costMicros">,
  now: number,
) {
  const timings = { ...message.timings!, finishedAt: message.timings?.finishedAt ?? now };
  return { ...billed, attempts, timings, status: "done" as const, ...servedReply(served), cached: true };
}

/** The reply if it is still this attempt's; for metrics, a retried or deleted one counts as stopped (and is paid for all the same). */
export async function replyOfAttempt(ctx: QueryCtx, hold: Doc<"holds">) {
  const message = await ctx.db.get(hold.messageId);
  const own = message?.attemptId === hold._id ? message : null;
  const seen = own ?? {
    _id: hold.messageId,
    ownerId: hold.userId,
    status: "stopped" as const,
    timings: { requestedAt: hold.heldAt, startedAt: hold.heldAt },
  };
  return { own, seen };
}

function endingPatch(
  message: Doc<"messages">,
  ending: Ending,
  billed: Pick<Doc<"messages">, "usage" | "costMicros">,
  now: number,
) {
  const finished = {
    ...billed,
    attempts: ending.attempts,
    timings: { ...message.timings!, finishedAt: message.timings?.finishedAt ?? now },
  };
  // The user pressed Stop: they keep the text they saw, and it costs what the provider produced.
  if (message.status !== "streaming") return finished;
  if (ending.outcome === "done")
    return {
      ...finished,
      status: "done" as const,
      content: ending.content ?? "",
      provider: ending.provider,
      model: ending.model,
      ...docsPatch(ending.docs),
    };
  // A failed reply shows no text from a failed attempt: only the reason.
  if (ending.outcome === "failed")
    return {
      ...finished,
      status: "failed" as const,
      content: "",
      errorCode: "provider_unavailable",
      errorReason: ending.reason,
    };
  return { ...finished, status: "stopped" as const };
}

/** A docs reply keeps its sources; one flagged source flags the reply (so no cache ever stores it). */
function docsPatch(docs: Ending["docs"]) {
  if (!docs?.sources) return {};
  const flags = docs.sources.some((s) => s.flagged) ? ["docs_source_flagged"] : undefined;
  return { docsSources: docs.sources, invalidCitations: docs.invalidCitations, ...(flags ? { flags } : {}) };
}
