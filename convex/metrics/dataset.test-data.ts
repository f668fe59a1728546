// A known data set shared by the percentile and roll-up tests (two dots: not deployed).
// Twenty reply latencies in ms, sorted; hand-computed figures below.
export const LATENCIES_MS = [50, 80, 120, 200, 240, 300, 400, 450, 600, 700, 800, 900, 1200, 1500, 2000, 3000, 4000, 6000, 12000, 45000] as const;
export const LATENCY_SUM_MS = 79_540;
// Per bucket of bounds 100,250,500,1000,2500,5000,10000,30000,60000 and the overflow:
// ≤100: 50 80 | ≤250: 120 200 240 | ≤500: 300 400 450 | ≤1000: 600 700 800 900 | ≤2500: 1200 1500 2000
// ≤5000: 3000 4000 | ≤10000: 6000 | ≤30000: 12000 | ≤60000: 45000 | >60000: none
export const BUCKET_COUNTS = [2, 3, 3, 4, 3, 2, 1, 1, 1, 0] as const;
// Nearest rank: p50 → 10th value, p95 → 19th, p99 → ceil(19.8) = 20th.
export const EXACT = { p50: 700, p95: 12_000, p99: 45_000 } as const;
// Interpolated: p50 rank 10 lies in (500,1000] with 8 below, 4 inside → 500 + 500·2/4;
// p95 rank 19 in (10000,30000] with 18 below, 1 inside → 10000 + 20000·1/1;
// p99 rank 19.8 in (30000,60000] with 19 below, 1 inside → 30000 + 30000·0.8.
export const ESTIMATED = { p50: 750, p95: 30_000, p99: 54_000 } as const;
