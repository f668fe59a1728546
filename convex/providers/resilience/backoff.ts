// Retry delays: exponential backoff with FULL jitter (AWS Architecture Blog,
// "Exponential Backoff And Jitter"). Full jitter spreads retries from many
// concurrent generations uniformly, so a provider blip does not turn into a
// synchronised retry storm against a 30-RPM budget.
import type { RetryConfig } from "./config";

/** Returns a number in [0, 1), like Math.random; injected so tests are deterministic. */
export type Random = () => number;

type BackoffConfig = Pick<RetryConfig, "baseDelayMs" | "maxDelayMs">;

/**
 * Delay before retry number `attempt` (0 = the first retry):
 * floor(random() * min(maxDelayMs, baseDelayMs * 2^attempt)).
 * Whole milliseconds because schedulers take integers.
 */
export function backoffDelayMs(attempt: number, cfg: BackoffConfig, random: Random): number {
  // 2 ** large → Infinity, which Math.min clamps to maxDelayMs: no overflow guard needed.
  const ceiling = Math.min(cfg.maxDelayMs, cfg.baseDelayMs * 2 ** Math.max(0, Math.floor(attempt)));
  // Clamp so a misbehaving random source can never exceed the ceiling or go negative.
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.min(Math.floor(fraction * ceiling), ceiling);
}

export interface RetryDelayInput {
  readonly attempt: number;
  readonly cfg: RetryConfig;
  readonly random: Random;
  /** Parsed Retry-After in ms (see parseRetryAfter), when the server sent one. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * The server knows its own recovery time better than our jitter does, so a
 * Retry-After wins, capped at retryAfterCapMs so one header cannot hold a
 * user's generation hostage.
 */
export function retryDelayMs({ attempt, cfg, random, retryAfterMs }: RetryDelayInput): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0) {
    return Math.min(Math.ceil(retryAfterMs), cfg.retryAfterCapMs);
  }
  return backoffDelayMs(attempt, cfg, random);
}

/** `retriesDone` counts retries already made (the first attempt is not a retry). */
export function hasRetriesLeft(retriesDone: number, cfg: Pick<RetryConfig, "maxRetries">): boolean {
  return retriesDone < cfg.maxRetries;
}
