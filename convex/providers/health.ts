import type { QueryCtx } from "../_generated/server";
import { userQuery } from "../lib/functions";
import { healthScore } from "./resilience/health-score";
import { PROVIDER_NAMES, type ProviderName } from "./resilience/provider-name";
import { resilienceConfig } from "./settings";
import { inFlightOf, readProviderState } from "./state";

const WINDOW_MS = 5 * 60_000;

/** One provider's health as operators and the status bar see it (formula in resilience/health-score.ts). */
export async function providerHealth(ctx: QueryCtx, provider: ProviderName, now: number) {
  const config = resilienceConfig();
  const state = await readProviderState(ctx, provider);
  const calls = await ctx.db
    .query("providerCalls")
    .withIndex("by_provider_at", (q) => q.eq("provider", provider).gte("at", now - WINDOW_MS))
    .collect();
  const queueLength = (await ctx.db.query("generationQueue").take(config.queue.maxQueued + 1)).length;
  const breaker = state?.breaker ?? { state: "closed" as const, consecutiveFailures: 0 };
  // An open breaker whose wait is over lets the next call through as a probe.
  const breakerState =
    breaker.state === "open" &&
    breaker.openedAt !== undefined &&
    now - breaker.openedAt >= config.breaker.openDurationMs
      ? "half_open"
      : breaker.state;
  const errorsLast5Min = calls.filter((c) => !c.ok).length;
  return {
    provider,
    configured: !!(
      process.env[`${provider.toUpperCase()}_API_KEY`] || process.env[`${provider.toUpperCase()}_API_KEYS`]
    ),
    breakerState,
    errorsLast5Min,
    requestsLast5Min: calls.length,
    queueLength,
    inFlight: await inFlightOf(ctx, provider),
    score: healthScore({
      breakerState,
      errorsLast5Min,
      requestsLast5Min: calls.length,
      queueLength,
      maxQueue: config.queue.maxQueued,
    }),
  };
}

/** Per provider: breaker state, errors in the last 5 minutes, queue, requests in flight, health 0–100. */
export const get = userQuery({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    return Promise.all(PROVIDER_NAMES.map((provider) => providerHealth(ctx, provider, now)));
  },
});
