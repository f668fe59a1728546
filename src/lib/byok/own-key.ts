// Everything a BYOK send needs before it may go: the user's own daily limit
// holds for the worst case, and the key decrypts. The key is returned to the
// caller for one request and never stored elsewhere, logged or put in an error.

import { debugLog } from "../debug/ai-debug";
import { PROVIDER_LABELS, type ByokProvider } from "../vault/byok-provider";
import { VaultError } from "../vault/vault-error";
import { byokLimitDecision, byokLimitMessage } from "./byok-limit";
import { byokSpendTracker, byokVault } from "./byok-runtime";
import { SendRefusal } from "./send-refusal";

/** `model`: the one the send will use (the conversation's pick); default the provider's model in the default chain. */
export type OwnKeyRequest = {
  provider: ByokProvider;
  promptChars: number;
  maxTokens: number;
  model?: string;
  now?: number;
};

export async function ownKeyFor({
  provider,
  promptChars,
  maxTokens,
  model,
  now = Date.now(),
}: OwnKeyRequest): Promise<string> {
  const decision = byokLimitDecision(byokSpendTracker(), { provider, promptChars, maxTokens, model, now });
  debugLog("byok_limit", {
    provider,
    decision: decision.allowed ? "allow" : "refuse",
    estimateMicros: decision.estimateMicros,
    spentMicros: decision.spentMicros,
    limitMicros: decision.limitMicros,
  });
  if (!decision.allowed) throw new SendRefusal(byokLimitMessage(provider, decision));

  let apiKey: string | undefined;
  try {
    apiKey = await byokVault().load(provider);
  } catch (error) {
    // VaultError messages are fixed strings, written for users.
    throw new SendRefusal(
      error instanceof VaultError ? error.message : "Your saved key could not be read. Add it again in Settings.",
    );
  }
  if (!apiKey)
    throw new SendRefusal(
      `Add your ${PROVIDER_LABELS[provider]} key in Settings, or turn off \u201cUse my own key\u201d.`,
    );
  return apiKey;
}

/** A finished BYOK reply's actual cost, counted against today's own limit. */
export function recordOwnKeySpend(costMicros: number, now = Date.now()): void {
  if (!Number.isSafeInteger(costMicros) || costMicros < 0) return;
  byokSpendTracker().recordSpend(costMicros, now);
  debugLog("byok_spend", { costMicros, spentMicros: byokSpendTracker().spentToday(now) });
}
