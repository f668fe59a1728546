import { embeddingCostMicros, REMOTE_EMBEDDING_MODEL } from "../../rules/embeddings";
import { countTokens } from "../lib/token-count";
import { embeddingsProvider } from "./config";

/**
 * What embedding `prompt` can cost, for the send's hold: the prompt's o200k
 * token count at the configured embedder's rate (0 for the built-in one). The
 * cache embeds at most the prompt, once per generation (EmbeddingMemo), so
 * this bounds a generation's embedding spend. Reads Convex env.
 */
export function embeddingHoldMicros(prompt: string, env: Record<string, string | undefined> = process.env): number {
  return embeddingsProvider(env) === "local" ? 0 : embeddingCostMicros(REMOTE_EMBEDDING_MODEL, countTokens(prompt));
}
