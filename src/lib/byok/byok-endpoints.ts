// Provider API roots for the key live-check: the registry's base URL, or the
// Vite env override it names (rules/providers/), so the offline stack can
// stand in for the providers; production requires https for them
// (production-env-schema.ts).

import { providerEntry } from "@rules/providers";
import type { ByokProvider } from "../vault/byok-provider";

type ByokEnv = Partial<Record<string, string>>;

// Read straight from Vite's env (inlined at build time); start-up validated it (config/env-schema.ts).
export function byokBaseUrl(provider: ByokProvider, env: ByokEnv = import.meta.env as ByokEnv): string {
  const entry = providerEntry(provider);
  return (env[entry.env.browserBaseUrl] || entry.baseUrl).replace(/\/+$/, "");
}
