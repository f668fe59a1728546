// Rates over a window's counters, shared by the dashboard summary and the alert thresholds. Pure.
import type { RollupCounters } from "./rollup";

export type HourCounters = {
  count: number;
  done: number;
  failed: number;
  cached: number;
  cacheHits: number;
  cacheMisses: number;
} & Partial<TierCounters>;
type TierCounters = Pick<
  RollupCounters,
  "tierBrowser" | "tierExact" | "tierSemantic" | "tierFresh" | "tierPool" | "tierRelaxed"
>;

/** failed / (done + cached + failed): stops are the user's choice, not errors; null with no such replies. */
export function errorRate(c: HourCounters): number | null {
  const settled = c.done + c.cached + c.failed;
  return settled === 0 ? null : c.failed / settled;
}

/**
 * Of answered replies, the share the caches answered (the browser's copy, the
 * server's exact and semantic tiers); pool and relaxed answers are outage
 * fallbacks, not hits, and failures and stops are not answers. Rows from
 * before the tiers were counted fall back to hits / (hits + misses).
 */
export function cacheHitRate(c: HourCounters): number | null {
  const hits = (c.tierBrowser ?? 0) + (c.tierExact ?? 0) + (c.tierSemantic ?? 0);
  const answered = hits + (c.tierFresh ?? 0) + (c.tierPool ?? 0) + (c.tierRelaxed ?? 0);
  if (answered > 0) return hits / answered;
  const looked = c.cacheHits + c.cacheMisses;
  return looked === 0 ? null : c.cacheHits / looked;
}
