// The embedding model the server cache uses, its fixed vector size and its
// price. Kept beside the chat prices (rules/pricing.ts) and priced with the
// same integer arithmetic, so an embedding is never free by rounding.
import { costMicros } from "./pricing";
import { PROVIDERS } from "./providers";

/** OpenRouter's name for OpenAI's small embedding model (OpenAI-compatible `/embeddings`). */
export const REMOTE_EMBEDDING_MODEL = "openai/text-embedding-3-small";

const embeddingModels = PROVIDERS.flatMap((entry) => entry.models.filter((model) => model.serves === "embeddings"));

/** USD per million input tokens, from the registry; embeddings have no output tokens. */
const embeddingPricePerMTok: Readonly<Record<string, number>> = Object.fromEntries(
  embeddingModels.map((model) => [model.id, model.price.inputPerMTok]),
);

/**
 * Every vector in the cache has this many dimensions, remote or local.
 * 512: text-embedding-3-small is trained so that a shortened vector keeps most
 * of its quality (OpenAI's published MTEB average: 61.6 at 512 against 62.3 at
 * the full 1536), at a third of the storage and vector-search work per entry
 * (4 KB of float64 in Convex instead of 12 KB); and the built-in feature-hashed
 * embedder needs the room: at 256 buckets, a 40-feature prompt already has
 * enough hash collisions to lift unrelated prompts' similarity noticeably.
 * Changing it means a new vector index (Convex fixes `dimensions` per index).
 */
export const EMBEDDING_DIMENSIONS = 512;

/** Names the vector space a vector lives in; vectors from different spaces are never compared. */
export const LOCAL_EMBEDDER = "local:hashed-ngrams-v1";

/**
 * Cost of embedding `tokens` input tokens with `model`, integer micro-USD,
 * rounded up. An unknown model is priced at the dearest known embedding rate.
 */
export function embeddingCostMicros(model: string, tokens: number): number {
  const known = Object.hasOwn(embeddingPricePerMTok, model) ? embeddingPricePerMTok[model] : undefined;
  const rate = known ?? Math.max(...Object.values(embeddingPricePerMTok));
  return costMicros({ inputPerMTok: rate, outputPerMTok: 0 }, { promptTokens: tokens, completionTokens: 0 });
}
