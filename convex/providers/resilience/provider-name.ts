// The LLM providers this app can call. Kept in its own file so the config
// parser and the failover-chain parser can both depend on it without a cycle.
export const PROVIDER_NAMES = ["groq", "openrouter"] as const;

export type ProviderName = (typeof PROVIDER_NAMES)[number];

export function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}
