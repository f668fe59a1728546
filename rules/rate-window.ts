// Per-user request rate limits as convex-helpers fixed-window configs, plus the
// window arithmetic the UI needs to say when the limit lifts.
import { entitlementsFor, type Tier } from "./entitlements";

/**
 * convex-helpers' FixedWindowRateLimit, written out because rules/ imports no
 * packages; the compiler checks it still fits where convex/guardrails/rate-limit.ts
 * hands it to defineRateLimits.
 */
export type FixedWindowRateLimit = { kind: "fixed window"; rate: number; period: number; start?: number };

export const RATE_LIMIT_PERIOD_MS = 60_000;

/**
 * The convex-helpers config for a tier: `rate` requests per `period`.
 * `start: 0` pins windows to multiples of the period since the epoch. Without
 * it convex-helpers picks a random offset per key, and windowResetsAt below
 * could no longer predict the retryAt that convex-helpers computes.
 */
export function rateLimitFor(tier: Tier): FixedWindowRateLimit {
  return {
    kind: "fixed window",
    rate: entitlementsFor(tier).requestsPerMinute,
    period: RATE_LIMIT_PERIOD_MS,
    start: 0,
  };
}

/** Start (inclusive) of the fixed window containing `now`. */
export function windowStart(now: number, periodMs: number): number {
  assertWindowArgs(now, periodMs);
  return Math.floor(now / periodMs) * periodMs;
}

/** End (exclusive) of the window containing `now`: when a spent limit refills. */
export function windowResetsAt(now: number, periodMs: number): number {
  return windowStart(now, periodMs) + periodMs;
}

function assertWindowArgs(now: number, periodMs: number): void {
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite ms timestamp, got ${now}`);
  if (!Number.isSafeInteger(periodMs) || periodMs <= 0) {
    throw new RangeError(`periodMs must be a positive integer, got ${periodMs}`);
  }
}
