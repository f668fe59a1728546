// Two ways to a percentile. Raw latencies are never scanned by dashboards,
// so the histogram estimate is what they show; the exact one is the yardstick
// the estimate is tested against (and what a small, sorted sample can use).

/**
 * Nearest-rank percentile of values sorted ascending: the smallest value with
 * at least `q` of the data at or below it. `q` in [0, 1]; null when empty.
 */
export function exactPercentile(sorted: readonly number[], q: number): number | null {
  assertQuantile(q);
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Estimate from a fixed-bucket histogram, the way Prometheus'
 * histogram_quantile does it: find the bucket holding the q-th observation
 * and interpolate linearly inside it (values are assumed spread evenly).
 * `counts` are per bucket (not cumulative): counts[i] holds values in
 * (bounds[i-1], bounds[i]], the first bucket starts at 0, and the last entry
 * (counts.length === bounds.length + 1) is the overflow above the top bound,
 * for which the top bound is the best answer a histogram can give.
 */
export function percentileFromBuckets(bounds: readonly number[], counts: readonly number[], q: number): number | null {
  assertQuantile(q);
  if (counts.length !== bounds.length + 1)
    throw new RangeError(`expected ${bounds.length + 1} bucket counts, got ${counts.length}`);
  const total = counts.reduce((sum, c) => sum + c, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    const inBucket = counts[i]!;
    if (inBucket > 0 && below + inBucket >= rank) {
      if (i === bounds.length) return bounds[bounds.length - 1] ?? null;
      const lower = i === 0 ? 0 : bounds[i - 1]!;
      return lower + (bounds[i]! - lower) * ((rank - below) / inBucket);
    }
    below += inBucket;
  }
  return bounds[bounds.length - 1] ?? null; // unreachable: rank <= total
}

function assertQuantile(q: number) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be in [0, 1], got ${q}`);
}
