import { embeddingCostMicros, LOCAL_EMBEDDER, REMOTE_EMBEDDING_MODEL } from "../../rules/embeddings";
import { embedLocally } from "../../rules/embeddings-local";
import { countTokens } from "../lib/token-count";
import { configuredKeys, notConfiguredReason } from "../providers/keys";
import { embeddingsProvider } from "./config";
import { embedWithOpenRouter } from "./openrouter";

export type Embedding = {
  vector: number[];
  /** The vector space: vectors from different embedders are never compared. */
  embedder: string;
  tokens: number;
  /** True when the provider reported no usage and `tokens` is our count. */
  tokensEstimated: boolean;
  costMicros: number;
};

const REMOTE_EMBEDDER = `openrouter:${REMOTE_EMBEDDING_MODEL}`;

function unitLength(vector: number[]): number[] {
  const length = Math.hypot(...vector);
  return length === 0 ? vector : vector.map((x) => x / length);
}

/**
 * `text` embedded by the configured embedder (Convex env, read inside the
 * action), priced and token-counted. The built-in embedder is free and needs
 * no network. Throws when the provider fails or is not configured: callers
 * treat that as a semantic miss.
 */
export async function embedText(text: string): Promise<Embedding> {
  if (embeddingsProvider() === "local") {
    return {
      vector: embedLocally(text),
      embedder: LOCAL_EMBEDDER,
      tokens: countTokens(text),
      tokensEstimated: false,
      costMicros: 0,
    };
  }
  const keys = configuredKeys("openrouter");
  const apiKey = keys.keyIds[0] === undefined ? undefined : keys.valueOf(keys.keyIds[0]);
  if (apiKey === undefined) throw new Error(notConfiguredReason("openrouter"));
  const { vector, reportedTokens } = await embedWithOpenRouter(text, { apiKey, baseURL: keys.baseURL });
  const tokens = reportedTokens ?? countTokens(text);
  return {
    vector: unitLength(vector),
    embedder: REMOTE_EMBEDDER,
    tokens,
    tokensEstimated: reportedTokens === undefined,
    costMicros: embeddingCostMicros(REMOTE_EMBEDDING_MODEL, tokens),
  };
}
