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
 * The operator's default chain as the cache keys it: what the prepared-answer
 * pool is generated with and matched against. A generation keys its own
 * lookups and recordings on its conversation's chain (chat/reply-state.ts
 * jobOf: the picked model first), so a reply from another chain is never served.
 */
export function serverCacheChain(): string[] {
  return cacheChainOf(resilienceConfig().failoverChain);
}
