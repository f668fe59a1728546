import type { QueryCtx } from "../_generated/server";
import { adminQuery } from "../lib/functions";
import { providerHealth } from "../providers/health";
import { PROVIDER_NAMES } from "../providers/resilience/provider-name";
import { utcDayKey } from "../../rules/daily-budget";
import { bucketStart } from "../metrics/rollup";
import { lastDay, lastHour, rollupsBetween, sumRows, sumRowsBy } from "../metrics/rollup-store";
import { summarize } from "../metrics/summary";
import { poolSize } from "../cache/pool";
import { recentAlerts } from "../alerts/feed";
import { topSpendersToday } from "./top-spenders";

const DAYS_PER_MODEL = 7;
const DAY_MS = 86_400_000;

/** The admin dashboard in one read: every figure from roll-ups or small tables, never raw history. */
export const get = adminQuery({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    const day = sumRows(await lastDay(ctx, now));
    const providers = await Promise.all(PROVIDER_NAMES.map((provider) => providerHealth(ctx, provider, now)));
    return {
      generatedAt: now,
      lastHour: summarize(sumRows(await lastHour(ctx, now))),
      lastDay: summarize(day),
      /** Failed replies by error class over the last 24 hours, most frequent first. */
      errorPatterns: day.errorClasses,
      perModelPerDay: await perModelPerDay(ctx, now),
      providers: providers.map(
        ({ provider, configured, breakerState, score, errorsLast5Min, requestsLast5Min, inFlight }) => ({
          provider,
          configured,
          breakerState,
          health: score,
          errorsLast5Min,
          requestsLast5Min,
          inFlight,
        }),
      ),
      queueLength: providers[0]?.queueLength ?? 0,
      recentAlerts: await recentAlerts(ctx),
      topSpendersToday: await topSpendersToday(ctx, now),
      /** Prepared-pool prompts answered by the current chain (convex/cache/pool.ts). */
      poolSize: await poolSize(ctx),
    };
  },
});

/** Tokens and cost per model for each of the last seven UTC days (today included), newest first. */
async function perModelPerDay(ctx: QueryCtx, now: number) {
  const today = bucketStart("day", now);
  const rows = await rollupsBetween(ctx, "day", today - (DAYS_PER_MODEL - 1) * DAY_MS, today + DAY_MS);
  // One entry per day and model: its shards summed.
  const sums = sumRowsBy(rows, (r) => JSON.stringify([r.bucketStart, r.provider, r.model]));
  return [...sums]
    .map(([key, c]) => {
      const [dayStart, provider, model] = JSON.parse(key) as [number, string, string];
      return {
        day: utcDayKey(dayStart),
        provider,
        model,
        replies: c.count,
        promptTokens: c.promptTokens,
        completionTokens: c.completionTokens,
        costMicros: c.costMicros,
      };
    })
    .sort((a, b) => b.day.localeCompare(a.day) || b.costMicros - a.costMicros);
}
