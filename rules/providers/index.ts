// The provider registry: every LLM provider this app can call, as data, and
// what is derived from it. To add one: write its entry file beside groq.ts
// (label, URLs, env names, key format, models with prices, defaults, offline
// LLM server paths), then add it to PROVIDERS in list.ts. Everything else
// (validators, seam, failover chain, pricing, BYOK, the LLM server) reads it.
import { PROVIDERS } from "./list";
import type { ModelEntry, ProviderEntry } from "./types";

export { PROVIDERS } from "./list";
export type { KeyFormat, ModelEntry, ModelPrice, ProviderEntry } from "./types";

/** A list of providers: the real one by default; tests pass a fixture with a third. */
export type Registry<Name extends string = string> = readonly ProviderEntry<Name>[];

export type ProviderName = (typeof PROVIDERS)[number]["name"];

type EntryOf<P extends ProviderName> = Extract<(typeof PROVIDERS)[number], { name: P }>;
/** The model ids a provider's entry lists (checked at compile time where models are named in code). */
export type ModelIdOf<P extends ProviderName> = EntryOf<P>["models"][number]["id"];
/** A provider and one of its listed models. */
export type ModelRef = { [P in ProviderName]: { readonly provider: P; readonly model: ModelIdOf<P> } }[ProviderName];

export const PROVIDER_NAMES = PROVIDERS.map((entry) => entry.name) as readonly ProviderName[] as readonly [
  ProviderName,
  ...ProviderName[],
];

export function isProviderName(value: string): value is ProviderName {
  return (PROVIDER_NAMES as readonly string[]).includes(value);
}

/** A provider's entry, or undefined for a name the registry does not list. */
export function providerEntry<Name extends string>(
  name: string,
  registry: Registry<Name>,
): ProviderEntry<Name> | undefined;
export function providerEntry<P extends ProviderName>(name: P): EntryOf<P>;
export function providerEntry(name: string): ProviderEntry | undefined;
export function providerEntry(name: string, registry: Registry = PROVIDERS): ProviderEntry | undefined {
  return registry.find((entry) => entry.name === name);
}

/** One model of one provider, or undefined. */
export function modelEntry(provider: string, model: string, registry: Registry = PROVIDERS): ModelEntry | undefined {
  return providerEntry(provider, registry)?.models.find((entry) => entry.id === model);
}

export const servesChat = (entry: ProviderEntry) => entry.models.some((model) => model.serves === "chat");
export const servesEmbeddings = (entry: ProviderEntry) => entry.models.some((model) => model.serves === "embeddings");

/** A value per provider, built from its entry: an exhaustive record, so no provider can be forgotten. */
export function perProvider<T>(make: (entry: (typeof PROVIDERS)[number]) => T): Record<ProviderName, T> {
  return Object.fromEntries(PROVIDERS.map((entry) => [entry.name, make(entry)])) as Record<ProviderName, T>;
}

/** The Vite env names of the browser's live-check base URLs ("VITE_BYOK_GROQ_BASE_URL", …). */
export type BrowserBaseUrlEnv = (typeof PROVIDERS)[number]["env"]["browserBaseUrl"];

/** A value per live-check base URL variable (the env schemas, the CSP), built from each provider's entry. */
export function perBrowserBaseUrlEnv<T>(make: (entry: (typeof PROVIDERS)[number]) => T): Record<BrowserBaseUrlEnv, T> {
  return Object.fromEntries(PROVIDERS.map((entry) => [entry.env.browserBaseUrl, make(entry)])) as Record<
    BrowserBaseUrlEnv,
    T
  >;
}
