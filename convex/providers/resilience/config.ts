// Tunables for provider resilience, as plain typed data. Defaults are sized
// for the free tiers we run on; every value can be overridden per deployment
// through the LLM_* environment variables listed in ENV_OVERRIDES below.
import { readFraction, readInteger, ResilienceConfigError, readRaw, type Env } from "./env-value";
import { DEFAULT_FAILOVER_CHAIN } from "../../../rules/failover-chain";
import { perProvider } from "../../../rules/providers";
import { parseFailoverChain, type FailoverTarget } from "./failover-chain";
import type { ProviderName } from "./provider-name";

export type { ProviderName } from "./provider-name";

export interface RetryConfig {
  /** Retries after the first attempt, on the same provider, for transient errors. */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A server's Retry-After is obeyed only up to this; longer waits lose the user. */
  readonly retryAfterCapMs: number;
}

export interface BreakerConfig {
  /** Consecutive provider failures that open the breaker. */
  readonly failureThreshold: number;
  /** How long an open breaker refuses before letting one probe through. */
  readonly openDurationMs: number;
  /** A probe whose outcome was never recorded (crashed action) stops blocking after this. */
  readonly probeTimeoutMs: number;
}

export interface TimeoutConfig {
  readonly connectMs: number;
  readonly firstTokenMs: number;
  readonly totalMs: number;
}

export interface ResilienceConfig {
  readonly retry: RetryConfig;
  readonly breaker: BreakerConfig;
  readonly timeouts: TimeoutConfig;
  readonly queue: { readonly maxQueued: number };
  /** Our own per-provider request budget, kept below each free tier's limit. */
  readonly budget: { readonly requestsPerMinute: Readonly<Record<ProviderName, number>> };
  /** Per-key daily request quota; an alert fires once a key passes alertFraction of it. */
  readonly keys: { readonly dailyQuota: Readonly<Record<ProviderName, number>>; readonly alertFraction: number };
  readonly failoverChain: readonly FailoverTarget[];
}

export const DEFAULT_RESILIENCE_CONFIG: ResilienceConfig = {
  retry: { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 8_000, retryAfterCapMs: 20_000 },
  // probeTimeoutMs equals timeouts.totalMs: no honest probe can outlive a whole generation.
  breaker: { failureThreshold: 5, openDurationMs: 60_000, probeTimeoutMs: 120_000 },
  timeouts: { connectMs: 10_000, firstTokenMs: 20_000, totalMs: 120_000 },
  queue: { maxQueued: 100 },
  // Per provider from the registry (rules/providers/): kept at or below each free tier's
  // per-minute limit; daily quotas are team-chosen (override via LLM_*_DAILY_QUOTA).
  budget: { requestsPerMinute: perProvider((entry) => entry.defaults.requestsPerMinute) },
  keys: { dailyQuota: perProvider((entry) => entry.defaults.dailyQuota), alertFraction: 0.9 },
  failoverChain: DEFAULT_FAILOVER_CHAIN,
};

/**
 * Applies LLM_* overrides from `env` on top of `base`. Throws a
 * ResilienceConfigError naming the variable for any malformed value.
 */
export function resolveResilienceConfig(
  env: Env,
  base: ResilienceConfig = DEFAULT_RESILIENCE_CONFIG,
): ResilienceConfig {
  const int = (variable: string, fallback: number, min = 1, max?: number) =>
    readInteger(env, variable, fallback, max === undefined ? { min } : { min, max });
  const chainRaw = readRaw(env, "LLM_FAILOVER_CHAIN");

  const config: ResilienceConfig = {
    retry: {
      // Capped at 10: each retry holds a user's generation open.
      maxRetries: int("LLM_MAX_RETRIES", base.retry.maxRetries, 0, 10),
      baseDelayMs: int("LLM_RETRY_BASE_DELAY_MS", base.retry.baseDelayMs),
      maxDelayMs: int("LLM_RETRY_MAX_DELAY_MS", base.retry.maxDelayMs),
      retryAfterCapMs: int("LLM_RETRY_AFTER_CAP_MS", base.retry.retryAfterCapMs, 0),
    },
    breaker: {
      failureThreshold: int("LLM_BREAKER_FAILURE_THRESHOLD", base.breaker.failureThreshold),
      openDurationMs: int("LLM_BREAKER_OPEN_MS", base.breaker.openDurationMs),
      probeTimeoutMs: int("LLM_BREAKER_PROBE_TIMEOUT_MS", base.breaker.probeTimeoutMs),
    },
    timeouts: {
      connectMs: int("LLM_CONNECT_TIMEOUT_MS", base.timeouts.connectMs),
      firstTokenMs: int("LLM_FIRST_TOKEN_TIMEOUT_MS", base.timeouts.firstTokenMs),
      totalMs: int("LLM_TOTAL_TIMEOUT_MS", base.timeouts.totalMs),
    },
    // 0 is allowed: it disables queueing, so a full budget answers "busy" at once.
    queue: { maxQueued: int("LLM_QUEUE_MAX", base.queue.maxQueued, 0) },
    budget: {
      requestsPerMinute: perProvider((entry) => int(entry.env.rpm, base.budget.requestsPerMinute[entry.name])),
    },
    keys: {
      dailyQuota: perProvider((entry) => int(entry.env.dailyQuota, base.keys.dailyQuota[entry.name])),
      alertFraction: readFraction(env, "LLM_KEY_ALERT_FRACTION", base.keys.alertFraction),
    },
    failoverChain: chainRaw === undefined ? base.failoverChain : parseFailoverChain(chainRaw),
  };
  assertConsistent(config);
  return config;
}

function assertConsistent(config: ResilienceConfig): void {
  const notAbove = (small: [string, number], large: [string, number]) => {
    if (small[1] > large[1]) {
      throw new ResilienceConfigError(small[0], `${small[0]} (${small[1]}) must not exceed ${large[0]} (${large[1]})`);
    }
  };
  notAbove(["LLM_RETRY_BASE_DELAY_MS", config.retry.baseDelayMs], ["LLM_RETRY_MAX_DELAY_MS", config.retry.maxDelayMs]);
  notAbove(["LLM_CONNECT_TIMEOUT_MS", config.timeouts.connectMs], ["LLM_TOTAL_TIMEOUT_MS", config.timeouts.totalMs]);
  notAbove(
    ["LLM_FIRST_TOKEN_TIMEOUT_MS", config.timeouts.firstTokenMs],
    ["LLM_TOTAL_TIMEOUT_MS", config.timeouts.totalMs],
  );
}
