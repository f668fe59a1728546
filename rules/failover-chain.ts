// The order of provider+model pairs a generation walks through, and how an
// operator writes it (LLM_FAILOVER_CHAIN). In rules/ because the browser
// needs the same chain (cache keys, BYOK cost estimates) and must not import
// the server's config; convex/providers/resilience/config.ts starts from the
// default and lets LLM_FAILOVER_CHAIN override it.
import { PROVIDERS, providerEntry, type ModelRef, type ProviderName, type Registry } from "./providers";

export interface FailoverTarget<Name extends string = ProviderName> {
  readonly provider: Name;
  readonly model: string;
}

/** Groq's fast model first, then OpenRouter's free one. Model names are checked against the registry at compile time. */
export const DEFAULT_FAILOVER_CHAIN: readonly ModelRef[] = [
  { provider: "groq", model: "openai/gpt-oss-20b" },
  { provider: "openrouter", model: "qwen/qwen3-coder:free" },
];

/** A chain written wrongly; `reason` completes "LLM_FAILOVER_CHAIN …". */
export class FailoverChainSyntaxError extends Error {
  override readonly name = "FailoverChainSyntaxError";
}

/**
 * Reads "provider:model,provider:model". Only the FIRST colon separates
 * provider from model, because model ids such as "qwen/qwen3-coder:free"
 * contain colons themselves. Providers must be in the registry; models are
 * free (an unlisted one is priced at the dearest known rate).
 */
export function parseChain(raw: string): FailoverTarget[];
export function parseChain<Name extends string>(raw: string, registry: Registry<Name>): FailoverTarget<Name>[];
export function parseChain(raw: string, registry: Registry = PROVIDERS): FailoverTarget<string>[] {
  const fail = (why: string): never => {
    throw new FailoverChainSyntaxError(why);
  };
  // Empty entries (a trailing comma) are ignored, like empty keys in key lists.
  const entries = raw
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) fail("is empty");
  const known = registry.map((entry) => entry.name);
  const seen = new Set<string>();
  return entries.map((entry) => {
    const colon = entry.indexOf(":");
    const provider = colon < 0 ? entry : entry.slice(0, colon).trim();
    const model = colon < 0 ? "" : entry.slice(colon + 1).trim();
    if (!known.includes(provider)) fail(`has unknown provider "${provider}" (known: ${known.join(", ")})`);
    if (model === "") fail(`entry "${entry}" has no model`);
    const identity = `${provider}:${model}`;
    if (seen.has(identity)) fail(`lists "${identity}" twice`);
    seen.add(identity);
    return { provider, model };
  });
}

/** Inverse of parseChain, for logs and the admin UI. */
export function formatChain(chain: readonly FailoverTarget<string>[]): string {
  return chain.map((target) => `${target.provider}:${target.model}`).join(",");
}

/**
 * The chain a send with the user's own key walks: one call, to that
 * provider's first model in the operator's chain, else to the first chat
 * model its registry entry lists (a provider the chain does not name).
 */
export function ownKeyChain<Name extends string>(
  provider: Name,
  chain: readonly FailoverTarget<Name>[],
  registry: Registry = PROVIDERS,
): FailoverTarget<Name>[] {
  const inChain = chain.find((link) => link.provider === provider);
  if (inChain) return [inChain];
  const model = providerEntry(provider, registry)?.models.find((entry) => entry.serves === "chat");
  return model ? [{ provider, model: model.id }] : [];
}

/**
 * The chain a send walks when its conversation has a chosen model: that
 * model first, then the operator's chain without it (so it is never tried
 * twice). Without a choice, the operator's chain. The hold is priced on this
 * chain, generation walks it and the response caches key on it.
 */
export function chainForModel<Name extends string>(
  choice: FailoverTarget<Name> | undefined,
  chain: readonly FailoverTarget<Name>[],
): FailoverTarget<Name>[] {
  if (!choice) return [...chain];
  const chosen = { provider: choice.provider, model: choice.model };
  return [chosen, ...chain.filter((link) => link.provider !== chosen.provider || link.model !== chosen.model)];
}
