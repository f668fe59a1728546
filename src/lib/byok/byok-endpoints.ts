// Provider API roots for the key live-check. Overridable per build (Vite
// env) so the offline stack can stand in for the providers; production
// requires https for them (production-env-schema.ts).

import type { ByokProvider } from "../vault/byok-provider";

const DEFAULT_BASE_URLS: Record<ByokProvider, string> = {
  groq: "https://api.groq.com/openai/v1",
  openrouter: "https://openrouter.ai/api/v1",
};

type ByokEnv = { VITE_BYOK_GROQ_BASE_URL?: string; VITE_BYOK_OPENROUTER_BASE_URL?: string };

// Read straight from Vite's env (inlined at build time); start-up validated it (config/env-schema.ts).
export function byokBaseUrl(provider: ByokProvider, env: ByokEnv = import.meta.env as ByokEnv): string {
  const override = provider === "groq" ? env.VITE_BYOK_GROQ_BASE_URL : env.VITE_BYOK_OPENROUTER_BASE_URL;
  return (override || DEFAULT_BASE_URLS[provider]).replace(/\/+$/, "");
}
