import { providerEntry } from "../../rules/providers";
import { keyIdFor } from "./resilience/key-id";
import { parseKeys } from "./resilience/parse-keys";
import { PROVIDER_NAMES, type ProviderName } from "./resilience/provider-name";

/**
 * The configured keys of a provider, read from Convex env (the names are the
 * registry's) inside the action only. Everything outside the action
 * (database, logs, errors) sees key ids.
 */
export function configuredKeys(provider: ProviderName) {
  const names = providerEntry(provider).env;
  const values = parseKeys(process.env[names.keys], process.env[names.key]);
  const byId = new Map(values.map((value) => [keyIdFor(provider, value), value]));
  return {
    keyIds: [...byId.keys()],
    valueOf: (keyId: string) => byId.get(keyId),
    baseURL: process.env[names.baseUrl] || undefined,
  };
}

export type ConfiguredKeys = ReturnType<typeof configuredKeys>;

/** Every provider's configured keys. */
export function allConfiguredKeys(): Record<ProviderName, ConfiguredKeys> {
  return Object.fromEntries(PROVIDER_NAMES.map((name) => [name, configuredKeys(name)])) as Record<
    ProviderName,
    ConfiguredKeys
  >;
}

/** Only the key ids of each provider: what may be passed to a mutation. */
export function keyIdsOf(keys: Record<ProviderName, ConfiguredKeys>): Record<ProviderName, string[]> {
  return Object.fromEntries(PROVIDER_NAMES.map((name) => [name, keys[name].keyIds])) as Record<ProviderName, string[]>;
}

export function notConfiguredReason(provider: ProviderName): string {
  const { key, keys } = providerEntry(provider).env;
  return `${provider} has no API key: run \`npx convex env set ${key} <key>\` (or ${keys} for several).`;
}
