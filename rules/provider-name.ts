// The LLM providers this app can call. In rules/ because both the server and
// the browser (failover chain, BYOK) name them.
export const PROVIDER_NAMES = ["groq", "openrouter"] as const;

export type ProviderName = (typeof PROVIDER_NAMES)[number];

export function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}
