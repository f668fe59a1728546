// Whether a BYOK send fits the user's own daily limit, judged on the worst
// case (prompt at one token per character, the whole reply cap), as the
// server judges its own budget. Refusing before the call is the point: a
// limit checked after the spend is only a report.

import { MAX_CUSTOM_INSTRUCTIONS_CHARS } from "@rules/custom-instructions";
import { formatUsd } from "@rules/money";
import { worstCaseCostMicros } from "@rules/pricing";
import { systemMessageText } from "@rules/system-message";
import type { ByokSpendTracker } from "../vault/byok-spend";
import { PROVIDER_LABELS, type ByokProvider } from "../vault/byok-provider";
import { byokModel } from "./byok-chain";

/**
 * The server puts its system message before every request: the guardrail text,
 * then the user's custom instructions and the conversation's. The worst case
 * counts the longest it can be (both at their limit) rather than what this
 * browser last saw, so instructions saved on another device are never missed.
 */
const longest = "x".repeat(MAX_CUSTOM_INSTRUCTIONS_CHARS);
const SYSTEM_MESSAGE_ALLOWANCE_CHARS = systemMessageText(longest, longest).length;

export type ByokLimitDecision = {
  allowed: boolean;
  estimateMicros: number;
  spentMicros: number;
  limitMicros: number;
};

export function byokLimitDecision(
  tracker: ByokSpendTracker,
  args: { provider: ByokProvider; promptChars: number; maxTokens: number; model?: string | undefined; now: number },
): ByokLimitDecision {
  const estimateMicros = worstCaseCostMicros({
    provider: args.provider,
    model: args.model ?? byokModel(args.provider),
    promptChars: args.promptChars + SYSTEM_MESSAGE_ALLOWANCE_CHARS,
    maxTokens: args.maxTokens,
  });
  return {
    // A limit of $0 blocks every own-key send, free models included (byok-spend.ts: "0 blocks all BYOK usage").
    allowed: tracker.limit() > 0 && !tracker.wouldExceed(estimateMicros, args.now),
    estimateMicros,
    spentMicros: tracker.spentToday(args.now),
    limitMicros: tracker.limit(),
  };
}

export function byokLimitMessage(provider: ByokProvider, decision: ByokLimitDecision): string {
  return (
    `This could cost up to ${formatUsd(decision.estimateMicros)} on your ${PROVIDER_LABELS[provider]} key, ` +
    `over your own daily limit (${formatUsd(decision.spentMicros)} of ${formatUsd(decision.limitMicros)} used today). ` +
    "Raise the limit in Settings, or turn off \u201cUse my own key\u201d."
  );
}
