// Incremental roll-ups of reply metrics: dashboards and /metrics read these
// counters, never the raw history. Pure: the clock is the metric's `at`.
import type { ReplyTier } from "../cache/tables";

export type Granularity = "minute" | "hour" | "day" | "total";
export type ReplyOutcome = "done" | "failed" | "stopped" | "cached";

/** Latency histogram upper bounds (ms); one more bucket counts everything above 60 s. */
export const LATENCY_BOUNDS_MS = [100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000] as const;
/** Distinct error classes kept per roll-up; the rest count as "other" (classes come from a classifier, so rarely needed). */
export const MAX_ERROR_CLASSES = 20;

const SPAN_MS: Record<Exclude<Granularity, "total">, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

export type ReplyMetric = {
  outcome: ReplyOutcome;
  provider: string;
  model: string;
  keyId?: string;
  queueWaitMs?: number;
  firstTokenMs?: number;
  totalMs: number;
  promptTokens: number;
  completionTokens: number;
  costMicros: number;
  cacheHit: boolean;
  /** Which tier served the reply (absent on failures, stops and older rows). */
  cacheTier?: ReplyTier;
  /** What embedding the prompt for the server cache cost (part of costMicros). */
  embeddingMicros?: number;
  errorClass?: string;
  /** The reply's attempts spanned more than one provider (fromProvider → provider). */
  failedOver?: boolean;
  fromProvider?: string;
  at: number;
};

export type RollupCounters = {
  count: number;
  done: number;
  failed: number;
  stopped: number;
  cached: number;
  promptTokens: number;
  completionTokens: number;
  costMicros: number;
  cacheHits: number;
  cacheMisses: number;
  /** Per bucket, not cumulative; length LATENCY_BOUNDS_MS.length + 1. Answered replies (done, cached) only. */
  latencyBuckets: number[];
  latencySumMs: number;
  firstTokenSumMs: number;
  firstTokenCount: number;
  queueWaitSumMs: number;
  queueWaitCount: number;
  errorClasses: { errorClass: string; count: number }[];
  /** Replies whose attempts spanned more than one provider, counted under the provider that answered last. */
  failovers: number;
  /** Answered replies per serving tier (convex/cache/), and what embeddings for the server cache cost. */
  tierBrowser: number;
  tierExact: number;
  tierSemantic: number;
  tierFresh: number;
  tierPool: number;
  tierRelaxed: number;
  embeddingMicros: number;
};

/** The counter of each serving tier. */
export const TIER_COUNTERS = {
  browser: "tierBrowser",
  exact: "tierExact",
  semantic: "tierSemantic",
  fresh: "tierFresh",
  pool: "tierPool",
  relaxed: "tierRelaxed",
} as const satisfies Record<ReplyTier, keyof RollupCounters>;
type TierCounter = (typeof TIER_COUNTERS)[ReplyTier];

/** Counters as stored: rows written before `failovers` existed lack it. */
export type StoredCounters = Omit<RollupCounters, "failovers" | TierCounter | "embeddingMicros"> & {
  failovers?: number;
} & Partial<Pick<RollupCounters, TierCounter | "embeddingMicros">>;

/** Start of the UTC minute/hour/day holding `at`; every "total" row starts at 0. */
export function bucketStart(granularity: Granularity, at: number): number {
  if (granularity === "total") return 0;
  const span = SPAN_MS[granularity];
  return Math.floor(at / span) * span;
}

export function emptyCounters(): RollupCounters {
  return {
    count: 0,
    done: 0,
    failed: 0,
    stopped: 0,
    cached: 0,
    promptTokens: 0,
    completionTokens: 0,
    costMicros: 0,
    cacheHits: 0,
    cacheMisses: 0,
    latencyBuckets: LATENCY_BOUNDS_MS.map(() => 0).concat(0),
    latencySumMs: 0,
    firstTokenSumMs: 0,
    firstTokenCount: 0,
    queueWaitSumMs: 0,
    queueWaitCount: 0,
    errorClasses: [],
    failovers: 0,
    tierBrowser: 0,
    tierExact: 0,
    tierSemantic: 0,
    tierFresh: 0,
    tierPool: 0,
    tierRelaxed: 0,
    embeddingMicros: 0,
  };
}

/** Index of the bucket a latency falls in: the first bound it does not exceed, else the overflow. */
export function latencyBucketIndex(ms: number): number {
  const index = LATENCY_BOUNDS_MS.findIndex((bound) => ms <= bound);
  return index === -1 ? LATENCY_BOUNDS_MS.length : index;
}

/** The roll-up after one more reply. */
export function mergeMetric(rollup: RollupCounters, metric: ReplyMetric): RollupCounters {
  const one = emptyCounters();
  one.count = 1;
  one[metric.outcome] = 1;
  one.promptTokens = metric.promptTokens;
  one.completionTokens = metric.completionTokens;
  one.costMicros = metric.costMicros;
  if (metric.cacheHit) one.cacheHits = 1;
  else one.cacheMisses = 1;
  // Latency percentiles describe answers; a failure's or a stop's duration says little.
  if (metric.outcome === "done" || metric.outcome === "cached") {
    one.latencyBuckets[latencyBucketIndex(metric.totalMs)] = 1;
    one.latencySumMs = metric.totalMs;
  }
  if (metric.firstTokenMs !== undefined)
    Object.assign(one, { firstTokenSumMs: metric.firstTokenMs, firstTokenCount: 1 });
  if (metric.queueWaitMs !== undefined) Object.assign(one, { queueWaitSumMs: metric.queueWaitMs, queueWaitCount: 1 });
  if (metric.errorClass !== undefined) one.errorClasses = [{ errorClass: metric.errorClass, count: 1 }];
  if (metric.failedOver) one.failovers = 1;
  if (metric.cacheTier) one[TIER_COUNTERS[metric.cacheTier]] = 1;
  one.embeddingMicros = metric.embeddingMicros ?? 0;
  return addCounters(rollup, one);
}

/** Sum of two roll-ups (window totals, several models together). */
export function addCounters(a: RollupCounters, b: RollupCounters): RollupCounters {
  const sum = { ...a };
  for (const key of NUMERIC_KEYS) sum[key] = a[key] + b[key];
  sum.latencyBuckets = a.latencyBuckets.map((n, i) => n + (b.latencyBuckets[i] ?? 0));
  sum.errorClasses = mergeErrorClasses(a.errorClasses, b.errorClasses);
  return sum;
}

const NUMERIC_KEYS = [
  "count",
  "done",
  "failed",
  "stopped",
  "cached",
  "promptTokens",
  "completionTokens",
  "costMicros",
  "cacheHits",
  "cacheMisses",
  "latencySumMs",
  "firstTokenSumMs",
  "firstTokenCount",
  "queueWaitSumMs",
  "queueWaitCount",
  "failovers",
  "tierBrowser",
  "tierExact",
  "tierSemantic",
  "tierFresh",
  "tierPool",
  "tierRelaxed",
  "embeddingMicros",
] as const satisfies readonly (keyof RollupCounters)[];

function mergeErrorClasses(a: RollupCounters["errorClasses"], b: RollupCounters["errorClasses"]) {
  const counts = new Map(a.map((e) => [e.errorClass, e.count]));
  for (const { errorClass, count } of b) {
    const key = counts.has(errorClass) || counts.size < MAX_ERROR_CLASSES ? errorClass : "other";
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return [...counts]
    .map(([errorClass, count]) => ({ errorClass, count }))
    .sort((x, y) => y.count - x.count || x.errorClass.localeCompare(y.errorClass));
}

/** Only the counters of a stored roll-up row (drops ids and keys). */
export function countersOf<T extends StoredCounters>(row: T): RollupCounters {
  const counters = emptyCounters();
  for (const key of NUMERIC_KEYS) counters[key] = row[key] ?? 0;
  return { ...counters, latencyBuckets: [...row.latencyBuckets], errorClasses: [...row.errorClasses] };
}
