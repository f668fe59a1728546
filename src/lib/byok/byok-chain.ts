// Which provider+model pairs answer a send, as the client needs to know for
// cache keys and BYOK cost estimates. The same default chain the backend
// starts from (rules/failover-chain.ts), so the two cannot drift; a deployment
// that overrides LLM_FAILOVER_CHAIN only splits the browser cache (a
// different key), never serves a wrong reply.

import { chainForModel, DEFAULT_FAILOVER_CHAIN, ownKeyChain } from "@rules/failover-chain";
import type { ProviderName } from "@rules/providers";
import type { ByokProvider } from "../vault/byok-provider";

export type ChainLink = { provider: string; model: string };

export const DEFAULT_CHAIN: readonly ChainLink[] = DEFAULT_FAILOVER_CHAIN;

/** A BYOK reply uses one model of that provider, chosen as convex/chat/reply-action.ts does (rules' ownKeyChain). */
export function byokModel(provider: ByokProvider): string {
  const link = ownKeyChain(provider, DEFAULT_FAILOVER_CHAIN)[0];
  if (!link) throw new Error(`No model configured for ${provider}`);
  return link.model;
}

/** The chain a send walks, as the server builds it: the conversation's chosen model (if any) first, then the default chain; an own key takes its provider's first. */
export function chainFor(
  byok: ByokProvider | null,
  choice?: { provider: ProviderName; model: string } | null,
): readonly ChainLink[] {
  if (!choice) return byok ? [{ provider: byok, model: byokModel(byok) }] : DEFAULT_CHAIN;
  const chain = chainForModel(choice, DEFAULT_FAILOVER_CHAIN);
  return byok ? ownKeyChain(byok, chain) : chain;
}
