// Rates over a window's counters, shared by the dashboard summary and the alert thresholds. Pure.

export type HourCounters = { count: number; done: number; failed: number; cached: number; cacheHits: number; cacheMisses: number };

/** failed / (done + cached + failed): stops are the user's choice, not errors; null with no such replies. */
export function errorRate(c: HourCounters): number | null {
  const settled = c.done + c.cached + c.failed;
  return settled === 0 ? null : c.failed / settled;
}

export function cacheHitRate(c: HourCounters): number | null {
  const looked = c.cacheHits + c.cacheMisses;
  return looked === 0 ? null : c.cacheHits / looked;
}
