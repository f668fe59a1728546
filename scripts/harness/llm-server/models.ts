import { PROVIDERS, type Registry } from "../../../rules/providers/index.ts";

// The live-check endpoint lists the registry's models of the provider. Chat
// completions accept any model name, so this list only has to look real.

/** The `GET …/models` response body (the OpenAI list shape both SDKs expect). */
export function modelListBody(provider: string, registry: Registry = PROVIDERS): Record<string, unknown> {
  const models = registry.find((entry) => entry.name === provider)?.models ?? [];
  return {
    object: "list",
    data: models.map(({ id }) => ({ id, object: "model", created: 1_700_000_000, owned_by: `offline-${provider}` })),
  };
}
