import { type Chunk, embeddingTextOf } from "../../rules/chunking";
import { sha256Hex } from "../cache/keys";

/**
 * What is embedded for each chunk and its SHA-256: the embedding cache's key
 * (with the embedder). Exactly the embedded text is hashed, so a chunk gets a
 * cached vector only if it would be embedded identically: same title, same
 * heading path, same text.
 */
export async function embeddedTextsOf(
  chunks: readonly Chunk[],
  title: string,
): Promise<{ text: string; hash: string }[]> {
  return Promise.all(
    chunks.map(async (chunk) => {
      const text = embeddingTextOf(chunk, title);
      return { text, hash: await sha256Hex(text) };
    }),
  );
}
