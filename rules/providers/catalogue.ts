// Which models each tier may use, as data: what the model picker lists, the
// default, which may sit in a council, which embed. Names are checked against
// the registry at compile time (ModelRef) and by catalogue.test.ts.
import type { Tier } from "../entitlements";
import type { ModelIdOf, ModelRef, ProviderName } from "./index";

export type TierModels = {
  /** What a user of the tier may choose for a conversation. */
  readonly pick: readonly ModelRef[];
  /** The tier's model when the user has not chosen one. */
  readonly default: ModelRef;
  /** Models that may answer in (or chair) the tier's council; empty when the tier has none. */
  readonly council: readonly ModelRef[];
  /** Models that may embed text for the tier (documents, the server cache). */
  readonly embed: readonly ModelRef[];
};

const ref = <P extends ProviderName>(provider: P, model: ModelIdOf<P>) => ({ provider, model }) as ModelRef;

const GPT_OSS_20B = ref("groq", "openai/gpt-oss-20b");
const GPT_OSS_120B = ref("groq", "openai/gpt-oss-120b");
const LLAMA_70B = ref("groq", "llama-3.3-70b-versatile");
const QWEN_CODER_FREE = ref("openrouter", "qwen/qwen3-coder:free");
const QWEN_CODER = ref("openrouter", "qwen/qwen3-coder");
const SMALL_EMBEDDING = ref("openrouter", "openai/text-embedding-3-small");

/**
 * The council's models in catalogue order, which is also the chairman's
 * fallback order (rules/council.ts): the default council is the first three,
 * across Groq and OpenRouter, and the largest model chairs.
 */
export const COUNCIL_MODELS: readonly ModelRef[] = [GPT_OSS_20B, QWEN_CODER_FREE, LLAMA_70B, GPT_OSS_120B, QWEN_CODER];
export const DEFAULT_COUNCIL_MEMBERS: readonly ModelRef[] = COUNCIL_MODELS.slice(0, 3);
export const DEFAULT_COUNCIL_CHAIRMAN: ModelRef = GPT_OSS_120B;

const EVERY_CHAT_MODEL: readonly ModelRef[] = [GPT_OSS_20B, QWEN_CODER_FREE, LLAMA_70B, GPT_OSS_120B, QWEN_CODER];

export const MODEL_CATALOGUE: Readonly<Record<Tier, TierModels>> = {
  // The free tier gets the cheap fast model and the free fallback; no council.
  free: { pick: [GPT_OSS_20B, QWEN_CODER_FREE], default: GPT_OSS_20B, council: [], embed: [SMALL_EMBEDDING] },
  pro: { pick: EVERY_CHAT_MODEL, default: GPT_OSS_20B, council: COUNCIL_MODELS, embed: [SMALL_EMBEDDING] },
  enterprise: { pick: EVERY_CHAT_MODEL, default: GPT_OSS_20B, council: COUNCIL_MODELS, embed: [SMALL_EMBEDDING] },
};

const same = (a: { provider: string; model: string }, b: { provider: string; model: string }) =>
  a.provider === b.provider && a.model === b.model;

/** May a user of `tier` choose this model? Compares names only, so a client's object cannot smuggle more. */
export function mayPick(tier: Tier, choice: { provider: string; model: string }): boolean {
  return MODEL_CATALOGUE[tier].pick.some((allowed) => same(allowed, choice));
}

/** The catalogue's own entry for a choice the tier may make (never the client's object), or undefined. */
export function pickFor(tier: Tier, choice: { provider: string; model: string }): ModelRef | undefined {
  return MODEL_CATALOGUE[tier].pick.find((allowed) => same(allowed, choice));
}
