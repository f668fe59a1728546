// LLM_FAILOVER_CHAIN as the resilience config reads it: the syntax and the
// provider check live in rules/failover-chain.ts (derived from the registry);
// here a mistake becomes a ResilienceConfigError naming the variable.
//   LLM_FAILOVER_CHAIN="groq:openai/gpt-oss-20b,openrouter:qwen/qwen3-coder:free"
import { ResilienceConfigError } from "./env-value";
import { FailoverChainSyntaxError, formatChain, parseChain, type FailoverTarget } from "../../../rules/failover-chain";

export type { FailoverTarget } from "../../../rules/failover-chain";

export function parseFailoverChain(raw: string, variable = "LLM_FAILOVER_CHAIN"): FailoverTarget[] {
  try {
    return parseChain(raw);
  } catch (error) {
    if (!(error instanceof FailoverChainSyntaxError)) throw error;
    throw new ResilienceConfigError(variable, `${variable} ${error.message}; expected "provider:model,provider:model"`);
  }
}

/** Inverse of parseFailoverChain, for logs and the admin UI. */
export const formatFailoverChain = formatChain;
