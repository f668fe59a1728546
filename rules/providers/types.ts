// The shape of one provider's entry in the registry (rules/providers/index.ts).
// Everything that names a provider — Convex validators, the model seam, the
// failover chain, pricing, the BYOK settings, the offline LLM server — reads
// these entries, so adding a provider is one entry file plus one line.

/** How quickly a model answers, for people choosing one (the model picker). */
type SpeedClass = "fast" | "balanced" | "thorough";

/** USD per million tokens, as providers publish them (= micro-USD per token). */
export type ModelPrice = {
  readonly inputPerMTok: number;
  /** Reasoning tokens bill as completion; 0 for embeddings (no output). */
  readonly outputPerMTok: number;
};

export type ModelEntry = {
  /** The provider's own model id, exactly as its API takes it. */
  readonly id: string;
  readonly label: string;
  readonly serves: "chat" | "embeddings";
  readonly price: ModelPrice;
  /** ISO date the price was read (no network here: re-read the provider's pricing page before relying on it). */
  readonly priceReadOn: string;
  readonly speed: SpeedClass;
};

/** The part of a key after its prefix. */
type KeyBodyRule = {
  /** Characters the part after the prefix may contain. */
  readonly chars: RegExp;
  readonly minLength: number;
  /** Exact length, when the format fixes it. */
  readonly length?: number;
  /** For messages: "at least 40 letters and digits". */
  readonly describe: string;
};

export type KeyFormat = {
  readonly prefix: string;
  readonly body: KeyBodyRule;
  /** A more specific prefix with a stricter body (OpenRouter's `sk-or-v1-`). */
  readonly versioned?: { readonly prefix: string; readonly body: KeyBodyRule };
  /**
   * The key's shape for monitoring's scrubber and the exposed-key alert:
   * looser (10+ characters) than the format check, since a truncated key in
   * a log line is still a leak. Never global (`g`).
   */
  readonly leakPattern: RegExp;
};

export type ProviderEntry<Name extends string = string> = {
  readonly name: Name;
  readonly label: string;
  /** The OpenAI-compatible API root (`GET {baseUrl}/models` lists models for any valid key). */
  readonly baseUrl: string;
  /** Where a user creates a key, without the scheme (shown in messages, linked in Settings). */
  readonly keysPage: string;
  readonly env: {
    /** Convex env: the SDK's base URL override (the offline stack points it at the LLM server). */
    readonly baseUrl: string;
    /** Vite env: where Settings live-checks a user's own key. */
    readonly browserBaseUrl: string;
    /** Convex env: one key. */
    readonly key: string;
    /** Convex env: several keys, comma-separated (round-robin). */
    readonly keys: string;
    /** Convex env: our requests-per-minute budget override. */
    readonly rpm: string;
    /** Convex env: the per-key daily request quota override. */
    readonly dailyQuota: string;
  };
  readonly key: KeyFormat;
  /** Resilience defaults, kept at or below the provider's free-tier limits. */
  readonly defaults: { readonly requestsPerMinute: number; readonly dailyQuota: number };
  readonly models: readonly ModelEntry[];
  /**
   * The offline LLM server's paths for this provider (scripts/harness/llm-server
   * routes on the first segment): `sdk` is what the server's SDK base URL
   * becomes, `api` the OpenAI-compatible root the browser live-checks.
   */
  readonly harness: { readonly sdk: string; readonly api: string };
};

/** Keeps the entry's literal types (name, model ids) for the derived unions. */
export function defineProvider<const Entry extends ProviderEntry>(entry: Entry): Entry {
  return entry;
}
