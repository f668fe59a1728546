import type { Provider } from "./types.ts";

// A plausible catalogue for the live-check endpoint. Chat completions accept
// any model name, so this list only has to look real, not be complete.
const MODEL_IDS: Record<Provider, string[]> = {
  groq: ["llama-3.1-8b-instant", "llama-3.3-70b-versatile", "openai/gpt-oss-20b"],
  openrouter: ["meta-llama/llama-3.3-70b-instruct:free", "openai/gpt-oss-20b:free", "google/gemma-3-27b-it:free"],
};

/** The `GET …/models` response body (the OpenAI list shape both SDKs expect). */
export function modelListBody(provider: Provider): Record<string, unknown> {
  return {
    object: "list",
    data: MODEL_IDS[provider].map((id) => ({ id, object: "model", created: 1_700_000_000, owned_by: `offline-${provider}` })),
  };
}
