// The ordered list of provider+model pairs a generation walks through when
// the current one is exhausted. Written in env as
//   LLM_FAILOVER_CHAIN="groq:openai/gpt-oss-20b,openrouter:qwen/qwen3-coder:free"
// Only the FIRST colon separates provider from model, because model ids such
// as "qwen/qwen3-coder:free" contain colons themselves.
import { ResilienceConfigError } from "./env-value";
import type { FailoverTarget } from "../../../rules/failover-chain";
import { isProviderName, PROVIDER_NAMES, type ProviderName } from "./provider-name";

export type { FailoverTarget } from "../../../rules/failover-chain";

export function parseFailoverChain(raw: string, variable = "LLM_FAILOVER_CHAIN"): FailoverTarget[] {
  const fail = (why: string): never => {
    throw new ResilienceConfigError(variable, `${variable} ${why}; expected "provider:model,provider:model"`);
  };
  // Empty entries (a trailing comma) are ignored, like empty keys in key lists.
  const entries = raw.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "");
  if (entries.length === 0) fail("is empty");

  const seen = new Set<string>();
  return entries.map((entry) => {
    const colon = entry.indexOf(":");
    const provider = colon < 0 ? entry : entry.slice(0, colon).trim();
    const model = colon < 0 ? "" : entry.slice(colon + 1).trim();
    if (!isProviderName(provider)) {
      fail(`has unknown provider "${provider}" (known: ${PROVIDER_NAMES.join(", ")})`);
    }
    if (model === "") fail(`entry "${entry}" has no model`);
    const identity = `${provider}:${model}`;
    if (seen.has(identity)) fail(`lists "${identity}" twice`);
    seen.add(identity);
    return { provider: provider as ProviderName, model };
  });
}

/** Inverse of parseFailoverChain, for logs and the admin UI. */
export function formatFailoverChain(chain: readonly FailoverTarget[]): string {
  return chain.map((target) => `${target.provider}:${target.model}`).join(",");
}
