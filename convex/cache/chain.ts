import { resilienceConfig } from "../providers/settings";

/**
 * The model chain as the cache keys it: "provider:model" per failover target,
 * in order. Pass `resilienceConfig().failoverChain` (server config, never a
 * client's value), so a reply from another chain is never served.
 */
export function cacheChainOf(targets: ReadonlyArray<{ provider: string; model: string }>): string[] {
  return targets.map((target) => `${target.provider}:${target.model}`);
}

/**
 * THE chain every server-cache key of a generation is built from (lookup,
 * serving, recording, the pool). Today the deployment's failover chain; when
 * a conversation can pick its own model, this is the one function to give
 * that choice to, so a reply from another chain is never served.
 */
export function serverCacheChain(): string[] {
  return cacheChainOf(resilienceConfig().failoverChain);
}
