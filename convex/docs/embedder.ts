import { LOCAL_EMBEDDER, REMOTE_EMBEDDING_MODEL } from "../../rules/embeddings";
import { embeddingsProvider } from "../embeddings/config";

/** The vector space the configured embedder writes (as `embedText` names it), known before embedding anything. */
export function currentEmbedder(): string {
  return embeddingsProvider() === "local" ? LOCAL_EMBEDDER : `openrouter:${REMOTE_EMBEDDING_MODEL}`;
}
