// Which embedder the server cache uses: Convex env `EMBEDDINGS_PROVIDER`.
// "openrouter" calls OpenRouter's OpenAI-compatible `/embeddings` with the
// OpenRouter keys and base URL the chat fallback uses; unset (or "local")
// uses the built-in embedder, as the offline stack does.
export type EmbeddingsProvider = "local" | "openrouter";

/** The configured provider; any other value is refused, so a typo cannot quietly change vector spaces. */
export function embeddingsProvider(env: Record<string, string | undefined> = process.env): EmbeddingsProvider {
  const value = (env.EMBEDDINGS_PROVIDER ?? "").trim().toLowerCase();
  if (value === "" || value === "local") return "local";
  if (value === "openrouter") return "openrouter";
  throw new Error(
    `EMBEDDINGS_PROVIDER must be "openrouter" or "local" (or unset), not ${JSON.stringify(env.EMBEDDINGS_PROVIDER)}.`,
  );
}
