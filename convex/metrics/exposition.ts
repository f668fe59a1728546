import { internalQuery } from "../_generated/server";
import { providerHealth } from "../providers/health";
import { PROVIDER_NAMES } from "../providers/resilience/provider-name";
import type { MetricsSnapshot } from "./families";
import { sumShards } from "../lib/shards";
import { sumRowsBy } from "./rollup-store";
import { poolSize } from "../cache/pool";

/** What /metrics shows: the "total" roll-ups (one per provider and model), limit-hit totals, provider state. */
export const snapshot = internalQuery({
  args: {},
  handler: async (ctx): Promise<MetricsSnapshot> => {
    const now = Date.now();
    const totals = await ctx.db
      .query("metricRollups")
      .withIndex("by_key", (q) => q.eq("granularity", "total"))
      .collect();
    const limitHits = await ctx.db.query("limitHitTotals").collect();
    const providers = await Promise.all(PROVIDER_NAMES.map((provider) => providerHealth(ctx, provider, now)));
    return {
      // Each key's shards summed into one series.
      totals: [...sumRowsBy(totals, (row) => JSON.stringify([row.provider, row.model]))].map(([key, counters]) => {
        const [provider, model] = JSON.parse(key) as [string, string];
        return { provider, model, counters };
      }),
      limitHits: [
        ...sumShards(
          limitHits,
          (row) => row.kind,
          (row) => row.total,
          (a, b) => a + b,
        ),
      ].map(([kind, total]) => ({ kind, total })),
      providers: providers.map(({ provider, breakerState, score, queueLength }) => ({
        provider,
        breakerState,
        score,
        queueLength,
      })),
      poolSize: await poolSize(ctx),
    };
  },
});
