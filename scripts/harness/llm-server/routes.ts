import { PROVIDERS as REGISTRY, type Registry } from "../../../rules/providers/index.ts";
import type { Endpoint } from "./types.ts";

export interface ProviderRoute {
  /** The registry's name of the provider whose harness path the request used. */
  provider: string;
  endpoint: Endpoint;
}

const segmentsOf = (path: string) => path.split("/").filter((segment) => segment !== "");

/** The provider whose harness paths (rules/providers/, `harness.sdk`) start with this first segment. */
export function providerAt(pathname: string, registry: Registry = REGISTRY): string | undefined {
  const first = segmentsOf(pathname)[0];
  return registry.find((entry) => segmentsOf(entry.harness.sdk)[0] === first)?.name;
}

/**
 * Matches `POST /<provider>/…/chat/completions` and `GET /<provider>/…/models`.
 * Any middle segments are allowed because each SDK puts its own prefix there
 * (groq-sdk: /openai/v1, the openai SDK: whatever the baseURL holds, e.g. /api/v1).
 */
export function matchProviderRoute(
  method: string,
  pathname: string,
  registry: Registry = REGISTRY,
): ProviderRoute | null {
  const provider = providerAt(pathname, registry);
  if (provider === undefined) return null;
  const rest = segmentsOf(pathname).slice(1);
  const tail = rest.slice(-2).join("/");
  if (method === "POST" && tail === "chat/completions") return { provider, endpoint: "chat" };
  if (method === "GET" && rest.at(-1) === "models") return { provider, endpoint: "models" };
  return null;
}
