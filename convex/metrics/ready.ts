import { internalQuery } from "../_generated/server";
import { providerHealth } from "../providers/health";
import { PROVIDER_NAMES } from "../providers/resilience/provider-name";

export type Readiness = {
  database: boolean;
  providers: readonly { provider: string; configured: boolean; breakerState: "closed" | "half_open" | "open" }[];
};

/** Ready = the database answers and some configured provider is not behind an open breaker. */
export function isReady(readiness: Readiness): boolean {
  return readiness.database && readiness.providers.some((p) => p.configured && p.breakerState !== "open");
}

/** Runs as a query that reads provider state, so answering at all proves the database is reachable. */
export const check = internalQuery({
  args: {},
  handler: async (ctx): Promise<Readiness> => {
    const now = Date.now();
    const health = await Promise.all(PROVIDER_NAMES.map((provider) => providerHealth(ctx, provider, now)));
    return {
      database: true,
      providers: health.map(({ provider, configured, breakerState }) => ({ provider, configured, breakerState })),
    };
  },
});
