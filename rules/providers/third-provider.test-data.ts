// A made-up third provider, for the tests proving that adding a registry
// entry (and its offline LLM server path) is all a new provider needs.
import { groq } from "./groq";
import { openrouter } from "./openrouter";
import { defineProvider } from "./types";

export const mistral = defineProvider({
  name: "mistral",
  label: "Mistral",
  baseUrl: "https://api.mistral.ai/v1",
  keysPage: "console.mistral.ai/api-keys",
  env: {
    baseUrl: "MISTRAL_BASE_URL",
    browserBaseUrl: "VITE_BYOK_MISTRAL_BASE_URL",
    key: "MISTRAL_API_KEY",
    keys: "MISTRAL_API_KEYS",
    rpm: "LLM_MISTRAL_RPM",
    dailyQuota: "LLM_MISTRAL_DAILY_QUOTA",
  },
  key: {
    prefix: "mk_",
    body: { chars: /^[A-Za-z0-9]+$/, minLength: 32, describe: "at least 32 letters and digits" },
    leakPattern: /mk_[A-Za-z0-9]{10,}/,
  },
  defaults: { requestsPerMinute: 60, dailyQuota: 5_000 },
  models: [
    { id: "mistral-small-latest", label: "Mistral Small", serves: "chat", speed: "fast", price: { inputPerMTok: 0.1, outputPerMTok: 0.3 }, priceReadOn: "2026-11-30" },
    // Dearer than anything real: the unknown-model price must follow it.
    { id: "mistral-large-latest", label: "Mistral Large", serves: "chat", speed: "thorough", price: { inputPerMTok: 2, outputPerMTok: 6 }, priceReadOn: "2026-11-30" },
  ],
  harness: { sdk: "/mistral/v1", api: "/mistral/v1" },
});

/** rules/providers/list.ts with the one added line. */
export const WITH_THIRD_PROVIDER = [groq, openrouter, mistral] as const;

export const MISTRAL_KEY = `mk_${"Q7".repeat(20)}`;
