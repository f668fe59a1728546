import { PROVIDERS, type Endpoint, type Provider } from "./types.ts";

export interface ProviderRoute {
  provider: Provider;
  endpoint: Endpoint;
}

function isProvider(segment: string | undefined): segment is Provider {
  return (PROVIDERS as readonly string[]).includes(segment ?? "");
}

/**
 * Matches `POST /<provider>/…/chat/completions` and `GET /<provider>/…/models`.
 * Any middle segments are allowed because each SDK puts its own prefix there
 * (groq-sdk: /openai/v1, the openai SDK: whatever the baseURL holds, e.g. /api/v1).
 */
export function matchProviderRoute(method: string, pathname: string): ProviderRoute | null {
  const segments = pathname.split("/").filter((segment) => segment !== "");
  const [provider, ...rest] = segments;
  if (!isProvider(provider)) return null;
  const tail = rest.slice(-2).join("/");
  if (method === "POST" && tail === "chat/completions") return { provider, endpoint: "chat" };
  if (method === "GET" && rest.at(-1) === "models") return { provider, endpoint: "models" };
  return null;
}
