// The metric families /metrics exposes, built from roll-up totals and
// provider state (never from raw history). Pure.
import type { Family, Sample } from "./prometheus";
import { LATENCY_BOUNDS_MS, TIER_COUNTERS, type ReplyOutcome, type RollupCounters } from "./rollup";

export type MetricsSnapshot = {
  totals: readonly { provider: string; model: string; counters: RollupCounters }[];
  limitHits: readonly { kind: string; total: number }[];
  providers: readonly {
    provider: string;
    breakerState: "closed" | "half_open" | "open";
    score: number;
    queueLength: number;
  }[];
  /** Prepared-pool prompts answered by the current chain (convex/cache/pool.ts). */
  poolSize?: number;
};

const OUTCOMES: readonly ReplyOutcome[] = ["done", "failed", "stopped", "cached"];
const BREAKER_VALUE = { closed: 0, half_open: 1, open: 2 } as const;
const LIMIT_KINDS = ["rate_limited", "daily_cost_cap"];

export function metricFamilies(snapshot: MetricsSnapshot): Family[] {
  const { totals, providers } = snapshot;
  const byModel = sumBy(totals, (t) => t.model);
  const sumAll = (pick: (c: RollupCounters) => number) => totals.reduce((sum, t) => sum + pick(t.counters), 0);
  const hits = new Map(snapshot.limitHits.map((h) => [h.kind, h.total]));
  return [
    counter(
      "chat_replies_total",
      "Finished replies by outcome, provider and model.",
      totals.flatMap(({ provider, model, counters }) =>
        OUTCOMES.map((outcome) => ({ labels: { outcome, provider, model }, value: counters[outcome] })),
      ),
    ),
    counter(
      "chat_failovers_total",
      "Replies whose attempts spanned more than one provider, by the provider tried last.",
      [...sumFailovers(totals)].map(([provider, value]) => ({ labels: { provider }, value })),
    ),
    {
      name: "chat_reply_latency_ms",
      help: "Request to last token of answered (done or cached) replies, in milliseconds.",
      type: "histogram",
      series: totals.map(({ provider, model, counters }) => ({
        labels: { provider, model },
        bounds: LATENCY_BOUNDS_MS,
        counts: counters.latencyBuckets,
        sum: counters.latencySumMs,
      })),
    },
    counter("chat_cache_hits_total", "Replies served from the response cache.", [
      { labels: {}, value: sumAll((c) => c.cacheHits) },
    ]),
    counter("chat_cache_misses_total", "Replies not served from the response cache.", [
      { labels: {}, value: sumAll((c) => c.cacheMisses) },
    ]),
    counter(
      "chat_replies_by_tier_total",
      "Answered replies by the tier that served them: browser, exact, semantic, fresh, pool, relaxed.",
      Object.entries(TIER_COUNTERS).map(([tier, key]) => ({ labels: { tier }, value: sumAll((c) => c[key]) })),
    ),
    counter(
      "chat_cache_embedding_cost_micros_total",
      "What embedding prompts for the server cache cost, in micro-USD (part of chat_cost_micros_total).",
      [{ labels: {}, value: sumAll((c) => c.embeddingMicros) }],
    ),
    gauge("chat_cache_pool_size", "Prepared-answer pool prompts answered by the current model chain.", [
      { labels: {}, value: snapshot.poolSize ?? 0 },
    ]),
    counter(
      "chat_rate_limit_hits_total",
      "Sends refused by a limit, at most one per user, kind and minute.",
      [...new Set([...LIMIT_KINDS, ...hits.keys()])].map((kind) => ({ labels: { kind }, value: hits.get(kind) ?? 0 })),
    ),
    counter(
      "chat_tokens_total",
      "Tokens by model and kind (prompt or completion).",
      [...byModel].flatMap(([model, c]) => [
        { labels: { model, kind: "prompt" }, value: c.promptTokens },
        { labels: { model, kind: "completion" }, value: c.completionTokens },
      ]),
    ),
    counter(
      "chat_cost_micros_total",
      "Cost of replies by model, in micro-USD.",
      [...byModel].map(([model, c]) => ({ labels: { model }, value: c.costMicros })),
    ),
    gauge(
      "provider_breaker_state",
      "Circuit breaker per provider: 0 closed, 1 half-open, 2 open.",
      providers.map((p) => ({ labels: { provider: p.provider }, value: BREAKER_VALUE[p.breakerState] })),
    ),
    gauge(
      "provider_health_score",
      "Provider health 0-100 (see providers/resilience/health-score.ts).",
      providers.map((p) => ({ labels: { provider: p.provider }, value: p.score })),
    ),
    gauge("chat_queue_length", "Generations waiting for a provider's request budget.", [
      { labels: {}, value: providers[0]?.queueLength ?? 0 },
    ]),
  ];
}

function counter(name: string, help: string, samples: readonly Sample[]): Family {
  return { name, help, type: "counter", samples };
}

function gauge(name: string, help: string, samples: readonly Sample[]): Family {
  return { name, help, type: "gauge", samples };
}

function sumFailovers(rows: MetricsSnapshot["totals"]) {
  const sums = new Map<string, number>();
  for (const row of rows) sums.set(row.provider, (sums.get(row.provider) ?? 0) + row.counters.failovers);
  return sums;
}

function sumBy<T extends { counters: RollupCounters }>(rows: readonly T[], keyOf: (row: T) => string) {
  const sums = new Map<string, { promptTokens: number; completionTokens: number; costMicros: number }>();
  for (const row of rows) {
    const sum = sums.get(keyOf(row)) ?? { promptTokens: 0, completionTokens: 0, costMicros: 0 };
    sums.set(keyOf(row), {
      promptTokens: sum.promptTokens + row.counters.promptTokens,
      completionTokens: sum.completionTokens + row.counters.completionTokens,
      costMicros: sum.costMicros + row.counters.costMicros,
    });
  }
  return sums;
}
