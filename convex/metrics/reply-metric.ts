// What one finished reply contributes to the metrics: pure, so the edge
// cases (stopped in the last instant, a crash with no attempts) are tested
// without Convex.
import type { ReplyTier } from "../cache/tables";
import type { ReplyMetric, ReplyOutcome } from "./rollup";

/** How the generation ended, as `chat/ending.finish` (or the stale-hold sweep) reports it. */
export type ReplyEnding = "done" | "failed" | "stopped";
type Attempt = { provider: string; model: string; keyId?: string; errorClass?: string };

export type FinishedReply = {
  /** The message as it was before this ending was written. */
  message: {
    status: string;
    cached?: boolean;
    provider?: string;
    model?: string;
    timings?: { requestedAt: number; startedAt?: number; firstTokenAt?: number };
  };
  ending: ReplyEnding;
  provider?: string;
  model?: string;
  usage?: { promptTokens: number; completionTokens: number };
  costMicros?: number;
  attempts: readonly Attempt[];
  /** Which tier served the reply; a cached reply without one is a browser copy. */
  cacheTier?: ReplyTier;
  embeddingMicros?: number;
};

/** Tiers that answer instead of a provider (the cache-hit rate); the pool and relaxed matches are outage fallbacks, counted apart. */
const HIT_TIERS: ReadonlySet<ReplyTier> = new Set(["browser", "exact", "semantic"]);

/**
 * The outcome to count, or null when the reply already ended (a second
 * ending must not count twice). A user's Stop wins over what the
 * generation reports: that is what the user saw.
 */
export function replyOutcome(statusBefore: string, ending: ReplyEnding, cached: boolean): ReplyOutcome | null {
  if (statusBefore === "done" || statusBefore === "failed") return null;
  if (statusBefore === "stopped") return "stopped";
  if (ending === "done") return cached ? "cached" : "done";
  return ending;
}

export function replyMetricOf(reply: FinishedReply, now: number): ReplyMetric | null {
  const { message, attempts } = reply;
  const outcome = replyOutcome(message.status, reply.ending, message.cached === true);
  if (!outcome) return null;
  const last = attempts.at(-1);
  const requestedAt = message.timings?.requestedAt ?? now;
  const since = (at: number | undefined) => (at === undefined ? undefined : Math.max(0, at - requestedAt));
  return {
    outcome,
    // The last attempt, not a partial stream's provider, so provider and key id agree.
    provider: reply.provider ?? last?.provider ?? message.provider ?? "none",
    model: reply.model ?? last?.model ?? message.model ?? "none",
    ...(last?.keyId ? { keyId: last.keyId } : {}),
    ...optional("queueWaitMs", since(message.timings?.startedAt)),
    ...optional("firstTokenMs", since(message.timings?.firstTokenAt)),
    totalMs: Math.max(0, now - requestedAt),
    promptTokens: reply.usage?.promptTokens ?? 0,
    completionTokens: reply.usage?.completionTokens ?? 0,
    costMicros: reply.costMicros ?? 0,
    cacheHit: outcome === "cached" && HIT_TIERS.has(tierOf(reply, outcome)!),
    ...(tierOf(reply, outcome) ? { cacheTier: tierOf(reply, outcome) } : {}),
    ...optional("embeddingMicros", reply.embeddingMicros || undefined),
    // A crash ends with no attempts at all; say so rather than leave it blank.
    ...(outcome === "failed"
      ? { errorClass: [...attempts].reverse().find((a) => a.errorClass)?.errorClass ?? "internal" }
      : {}),
    ...failoverOf(attempts),
    at: now,
  };
}

/** The tier of an answered reply: as reported, else a cached reply is the browser's copy and a done one fresh. */
function tierOf(reply: FinishedReply, outcome: ReplyOutcome): ReplyTier | undefined {
  if (outcome !== "done" && outcome !== "cached") return undefined;
  return reply.cacheTier ?? (outcome === "cached" ? "browser" : "fresh");
}

/**
 * A failover is a reply whose attempts span more than one provider (retries
 * on the same provider are not one). It went from the first attempt's
 * provider to the last's, whatever the reply's outcome.
 */
export function failoverOf(attempts: readonly Pick<Attempt, "provider">[]): {
  failedOver: boolean;
  fromProvider?: string;
} {
  const first = attempts[0];
  const failedOver = !!first && attempts.some((a) => a.provider !== first.provider);
  return failedOver ? { failedOver, fromProvider: first.provider } : { failedOver };
}

// Convex documents hold no undefined: leave absent fields out.
function optional<K extends string>(key: K, value: number | undefined): { [P in K]?: number } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: number };
}
