import OpenAI from "openai";
import { EMBEDDING_DIMENSIONS, REMOTE_EMBEDDING_MODEL } from "../../rules/embeddings";
import { providerEntry } from "../../rules/providers/index";

// A lookup must not hold a reply up for long: one try, short timeout, then a miss.
const TIMEOUT_MS = 5_000;

export type RemoteEmbedding = { vector: number[]; reportedTokens: number | undefined };

/**
 * One prompt embedded through OpenRouter's OpenAI-compatible `/embeddings`
 * with the real `openai` SDK, at the cache's fixed dimensions. Floats are
 * asked for explicitly (the SDK otherwise asks for base64, which not every
 * compatible API serves). A vector of the wrong size is refused.
 */
export async function embedWithOpenRouter(
  text: string,
  key: { apiKey: string; baseURL?: string },
): Promise<RemoteEmbedding> {
  const client = new OpenAI({
    apiKey: key.apiKey,
    baseURL: key.baseURL ?? providerEntry("openrouter").baseUrl,
    maxRetries: 0,
    timeout: TIMEOUT_MS,
  });
  const response = await client.embeddings.create({
    model: REMOTE_EMBEDDING_MODEL,
    input: text,
    dimensions: EMBEDDING_DIMENSIONS,
    encoding_format: "float",
  });
  const vector = response.data[0]?.embedding;
  if (!Array.isArray(vector) || vector.length !== EMBEDDING_DIMENSIONS || !vector.every(Number.isFinite)) {
    throw new Error(
      `Embedding provider returned ${Array.isArray(vector) ? vector.length : "no"} dimensions, expected ${EMBEDDING_DIMENSIONS}.`,
    );
  }
  return { vector, reportedTokens: response.usage?.prompt_tokens };
}
