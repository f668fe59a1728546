/**
 * The model chain as the cache keys it: "provider:model" per failover target,
 * in order. Pass `resilienceConfig().failoverChain` (server config, never a
 * client's value), so a reply from another chain is never served.
 */
export function cacheChainOf(targets: ReadonlyArray<{ provider: string; model: string }>): string[] {
  return targets.map((target) => `${target.provider}:${target.model}`);
}
