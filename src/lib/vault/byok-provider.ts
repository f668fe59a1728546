// The providers a user can bring their own key for, with what the UI and the
// validation messages need to point the user at the right console page.

export const BYOK_PROVIDERS = ["groq", "openrouter"] as const;
export type ByokProvider = (typeof BYOK_PROVIDERS)[number];

export const PROVIDER_LABELS: Record<ByokProvider, string> = {
  groq: "Groq",
  openrouter: "OpenRouter",
};

/** Where the user creates a key, shown in format-error messages. */
export const PROVIDER_KEY_PAGES: Record<ByokProvider, string> = {
  groq: "console.groq.com/keys",
  openrouter: "openrouter.ai/settings/keys",
};

export function isByokProvider(value: unknown): value is ByokProvider {
  return typeof value === "string" && (BYOK_PROVIDERS as readonly string[]).includes(value);
}
