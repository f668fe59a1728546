// The per-user request limit as an exact rolling window (a sliding log): a
// request is admitted only if fewer than `limit` were admitted in the 60 s
// before it, so no 60-second span, wherever it starts, ever holds more than
// `limit` admissions. A fixed, clock-aligned window let 2× the limit through
// across a minute boundary (5 at 0:59, 5 more at 1:01).
import { entitlementsFor, type Tier } from "./entitlements";

/**
 * convex-helpers' TokenBucketRateLimit, written out because rules/ imports no
 * packages; the compiler checks it still fits where convex/guardrails/storage-quota.ts
 * hands it to defineRateLimits.
 */
export type TokenBucketRateLimit = { kind: "token bucket"; rate: number; period: number; capacity?: number };

export const RATE_LIMIT_PERIOD_MS = 60_000;

export type WindowDecision =
  | { ok: true; used: number }
  /** `retryAt`: the instant the oldest admission that blocks leaves the window, i.e. the next send passes. */
  | { ok: false; used: number; retryAt: number; retryAfterMs: number };

/** Admission times still inside the window ending at `now` (an admission at `t` counts while now < t + period). */
export function admissionsInWindow(
  admittedAt: readonly number[],
  now: number,
  periodMs = RATE_LIMIT_PERIOD_MS,
): number[] {
  assertWindowArgs(now, periodMs);
  // A time after `now` (another server's clock ran ahead) still counts: it was admitted.
  return admittedAt.filter((t) => t > now - periodMs).sort((a, b) => a - b);
}

/**
 * Whether one more request may be admitted at `now`, given earlier admission
 * times (any order; out-of-window ones are ignored). When refused, the retry
 * instant is exact: the send passes once enough admissions have aged out for
 * the count to drop below `limit` (the oldest one when the count is `limit`;
 * later ones if a lower limit now applies, e.g. after a downgrade).
 */
export function decideAdmission(
  admittedAt: readonly number[],
  now: number,
  limit: number,
  periodMs = RATE_LIMIT_PERIOD_MS,
): WindowDecision {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be an integer >= 1, got ${limit}`);
  const inWindow = admissionsInWindow(admittedAt, now, periodMs);
  if (inWindow.length < limit) return { ok: true, used: inWindow.length };
  const retryAt = inWindow[inWindow.length - limit]! + periodMs;
  return { ok: false, used: inWindow.length, retryAt, retryAfterMs: Math.max(0, retryAt - now) };
}

/** When every admission in the window has aged out (the meter reads 0 again); `now` if none. */
export function windowClearsAt(admittedAt: readonly number[], now: number, periodMs = RATE_LIMIT_PERIOD_MS): number {
  const inWindow = admissionsInWindow(admittedAt, now, periodMs);
  return inWindow.length ? inWindow[inWindow.length - 1]! + periodMs : now;
}

/**
 * Conversation creation per tier, as a convex-helpers token bucket: the
 * tier's rate a minute, with at most that many in a burst. Creation needs no
 * exact countdown, only a bound, which the helper gives with one row per user.
 */
export function conversationCreationLimitFor(tier: Tier): TokenBucketRateLimit {
  const rate = entitlementsFor(tier).conversationsPerMinute;
  return { kind: "token bucket", rate, period: RATE_LIMIT_PERIOD_MS, capacity: rate };
}

function assertWindowArgs(now: number, periodMs: number): void {
  if (!Number.isFinite(now)) throw new RangeError(`now must be a finite ms timestamp, got ${now}`);
  if (!Number.isSafeInteger(periodMs) || periodMs <= 0) {
    throw new RangeError(`periodMs must be a positive integer, got ${periodMs}`);
  }
}
