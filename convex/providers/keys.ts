import { keyIdFor } from "./resilience/key-id";
import { parseKeys } from "./resilience/parse-keys";
import type { ProviderName } from "./resilience/provider-name";

const ENV = {
  groq: { multi: "GROQ_API_KEYS", single: "GROQ_API_KEY", baseURL: "GROQ_BASE_URL" },
  openrouter: { multi: "OPENROUTER_API_KEYS", single: "OPENROUTER_API_KEY", baseURL: "OPENROUTER_BASE_URL" },
} as const;

/**
 * The configured keys of a provider, read from Convex env inside the action
 * only. Everything outside the action (database, logs, errors) sees key ids.
 */
export function configuredKeys(provider: ProviderName) {
  const names = ENV[provider];
  const values = parseKeys(process.env[names.multi], process.env[names.single]);
  const byId = new Map(values.map((value) => [keyIdFor(provider, value), value]));
  return { keyIds: [...byId.keys()], valueOf: (keyId: string) => byId.get(keyId), baseURL: process.env[names.baseURL] || undefined };
}

export function notConfiguredReason(provider: ProviderName): string {
  return `${provider} has no API key: run \`npx convex env set ${ENV[provider].single} <key>\` (or ${ENV[provider].multi} for several).`;
}
