// What a dashboard tile shows for a window of roll-ups. Pure.
import { percentileFromBuckets } from "./percentiles";
import { LATENCY_BOUNDS_MS, type RollupCounters } from "./rollup";
import { cacheHitRate, errorRate } from "./rates";

export function summarize(c: RollupCounters) {
  const failureRate = errorRate(c);
  const latency = (q: number) => round(percentileFromBuckets(LATENCY_BOUNDS_MS, c.latencyBuckets, q));
  return {
    replies: c.count,
    done: c.done,
    failed: c.failed,
    stopped: c.stopped,
    cached: c.cached,
    /** Of replies that ended on their own (stops excluded); null with none. */
    successRate: failureRate === null ? null : 1 - failureRate,
    failureRate,
    cacheHitRate: cacheHitRate(c),
    latencyMs: { p50: latency(0.5), p95: latency(0.95), p99: latency(0.99) },
    avgFirstTokenMs: c.firstTokenCount ? Math.round(c.firstTokenSumMs / c.firstTokenCount) : null,
    avgQueueWaitMs: c.queueWaitCount ? Math.round(c.queueWaitSumMs / c.queueWaitCount) : null,
    promptTokens: c.promptTokens,
    completionTokens: c.completionTokens,
    costMicros: c.costMicros,
    failovers: c.failovers,
    /** Answered replies per serving tier, and what embeddings for the server cache cost. */
    tiers: {
      browser: c.tierBrowser,
      exact: c.tierExact,
      semantic: c.tierSemantic,
      fresh: c.tierFresh,
      pool: c.tierPool,
      relaxed: c.tierRelaxed,
    },
    embeddingMicros: c.embeddingMicros,
  };
}

function round(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms);
}
