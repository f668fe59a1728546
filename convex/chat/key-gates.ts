import { internal } from "../_generated/api";
import type { ActionCtx } from "../_generated/server";
import type { Admission, CallReport } from "../providers/failover-call";
import { allConfiguredKeys, configuredKeys } from "../providers/keys";
import type { ProviderName } from "../providers/resilience/provider-name";

// Who decides whether a generation's provider call may go ahead, and with which key.

type Decision = { keyId?: string; unavailable?: string };
/** The deployment's keys, and the chain's first admission as `begin` already made it (none for a docs answer). */
export type DeploymentKeys = {
  keys: ReturnType<typeof deploymentKeyConfig>;
  first?: { provider: ProviderName; decision: Decision };
};

export const deploymentKeyConfig = allConfiguredKeys;

export function deploymentKeys(ctx: ActionCtx, { keys, first }: DeploymentKeys) {
  let prefetched: DeploymentKeys["first"] | undefined = first;
  return async (provider: ProviderName): Promise<Admission> => {
    // The chain's first admission was made in `begin`'s transaction; every later one is its own.
    const decision: Decision =
      prefetched?.provider === provider
        ? prefetched.decision
        : await ctx.runMutation(internal.providers.gate.admit, { provider, keyIds: keys[provider].keyIds });
    prefetched = undefined;
    if (!decision.keyId) return { unavailable: decision.unavailable ?? "unavailable" };
    return { apiKey: keys[provider].valueOf(decision.keyId)!, keyId: decision.keyId, baseURL: keys[provider].baseURL };
  };
}

/**
 * A user's own key never touches the deployment's state: no breaker, key
 * pool, provider budget, health or alerts (its failures are not the
 * provider's, and a bad key must not close an open breaker or page anyone).
 */
export function ownKeyGate(own: { provider: ProviderName; apiKey: string }) {
  return {
    admit: async (): Promise<Admission> => ({
      apiKey: own.apiKey,
      keyId: "own-key",
      baseURL: configuredKeys(own.provider).baseURL,
    }),
    report: async (_report: CallReport) => {},
  };
}
