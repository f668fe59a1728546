import { v } from "convex/values";
import type { Doc } from "../_generated/dataModel";
import { internalMutation, type QueryCtx } from "../_generated/server";
import { chargeOf } from "../../rules/pricing";
import { settleHold } from "../guardrails/holds";
import { recordReplyMetric } from "../metrics/record";
import { recordDocsAnswerSpend } from "../docs/spend";
import { storedDocsSourceValidator } from "./docs-mode";
import { attemptValidator } from "./tables";

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
  docs: v.optional(v.object({ embeddingMicros: v.number(), sources: v.optional(v.array(storedDocsSourceValidator)), invalidCitations: v.optional(v.number()) })),
};
type Ending = {
  outcome: "done" | "failed" | "stopped"; content?: string; provider?: string; model?: string; reason?: string; attempts: Doc<"messages">["attempts"];
  docs?: { embeddingMicros: number; sources?: NonNullable<Doc<"messages">["docsSources"]>; invalidCitations?: number };
};

/**
 * Ends one generation attempt: settles its hold with what every call cost
 * (exactly once — a second ending is ignored), records the same cost in the
 * metrics, and writes the reply only if it is still this attempt's.
 */
export const finish = internalMutation({
  args: endingArgs,
  handler: async (ctx, { attemptId, calls, ...ending }) => {
    const now = Date.now();
    const charged = chargeOf(calls);
    const usage = charged.usage;
    const costMicros = charged.costMicros + (ending.docs?.embeddingMicros ?? 0);
    const hold = await settleHold(ctx, attemptId, costMicros, "generation", now);
    if (!hold) return;
    const { own, seen } = await replyOfAttempt(ctx, hold);
    const report = { ending: ending.outcome, provider: ending.provider, model: ending.model, usage, costMicros, attempts: ending.attempts ?? [] };
    await recordReplyMetric(ctx, seen, report, { day: hold.day, byok: hold.byok }, now);
    if (ending.docs) await recordDocsAnswerSpend(ctx, hold.day, calls);
    if (own) await ctx.db.patch(own._id, endingPatch(own, ending, calls.length ? { usage, costMicros } : { costMicros }, now));
  },
});

/** The reply if it is still this attempt's; for metrics, a retried or deleted one counts as stopped (and is paid for all the same). */
export async function replyOfAttempt(ctx: QueryCtx, hold: Doc<"holds">) {
  const message = await ctx.db.get(hold.messageId);
  const own = message?.attemptId === hold._id ? message : null;
  const seen = own ?? { _id: hold.messageId, ownerId: hold.userId, status: "stopped" as const, timings: { requestedAt: hold.heldAt, startedAt: hold.heldAt } };
  return { own, seen };
}

function endingPatch(message: Doc<"messages">, ending: Ending, billed: Pick<Doc<"messages">, "usage" | "costMicros">, now: number) {
  const finished = { ...billed, attempts: ending.attempts, timings: { ...message.timings!, finishedAt: message.timings?.finishedAt ?? now } };
  // The user pressed Stop: they keep the text they saw, and it costs what the provider produced.
  if (message.status !== "streaming") return finished;
  if (ending.outcome === "done") return { ...finished, status: "done" as const, content: ending.content ?? "", provider: ending.provider, model: ending.model, ...docsPatch(ending.docs) };
  // A failed reply shows no text from a failed attempt: only the reason.
  if (ending.outcome === "failed") return { ...finished, status: "failed" as const, content: "", errorCode: "provider_unavailable", errorReason: ending.reason };
  return { ...finished, status: "stopped" as const };
}

/** A docs reply keeps its sources; one flagged source flags the reply (so no cache ever stores it). */
function docsPatch(docs: Ending["docs"]) {
  if (!docs?.sources) return {};
  const flags = docs.sources.some((s) => s.flagged) ? ["docs_source_flagged"] : undefined;
  return { docsSources: docs.sources, invalidCitations: docs.invalidCitations, ...(flags ? { flags } : {}) };
}
