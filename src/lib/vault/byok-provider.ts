// The providers a user can bring their own key for (every registry provider
// that serves chat, rules/providers/), with what the UI and the validation
// messages need to point the user at the right console page.
import { perProvider, PROVIDERS, servesChat, type ProviderName } from "@rules/providers";

export type ByokProvider = ProviderName;

export const BYOK_PROVIDERS: readonly ByokProvider[] = PROVIDERS.filter(servesChat).map((entry) => entry.name);

export const PROVIDER_LABELS: Record<ByokProvider, string> = perProvider((entry) => entry.label);

/** Where the user creates a key, shown in format-error messages. */
export const PROVIDER_KEY_PAGES: Record<ByokProvider, string> = perProvider((entry) => entry.keysPage);

export function isByokProvider(value: unknown): value is ByokProvider {
  return typeof value === "string" && (BYOK_PROVIDERS as readonly string[]).includes(value);
}
