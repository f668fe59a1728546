import { defineProvider } from "./types";

// Chat prices transcribed from the project brief without network access on
// that date; re-read https://openrouter.ai/models before relying on them.
const CHAT_READ_ON = "2026-11-22";
// "text-embedding-3-small": $0.00002 per 1K tokens = $0.02 per million, from the
// product's source documents; re-read https://openrouter.ai/openai/text-embedding-3-small.
const EMBEDDING_READ_ON = "2026-11-30";

export const openrouter = defineProvider({
  name: "openrouter",
  label: "OpenRouter",
  baseUrl: "https://openrouter.ai/api/v1",
  keysPage: "openrouter.ai/settings/keys",
  env: {
    baseUrl: "OPENROUTER_BASE_URL",
    browserBaseUrl: "VITE_BYOK_OPENROUTER_BASE_URL",
    key: "OPENROUTER_API_KEY",
    keys: "OPENROUTER_API_KEYS",
    rpm: "LLM_OPENROUTER_RPM",
    dailyQuota: "LLM_OPENROUTER_DAILY_QUOTA",
  },
  key: {
    // Older/other OpenRouter key generations only share the `sk-or-` prefix.
    prefix: "sk-or-",
    body: { chars: /^[A-Za-z0-9_-]+$/, minLength: 20, describe: "at least 20 letters, digits, '-' or '_'" },
    versioned: {
      prefix: "sk-or-v1-",
      body: { chars: /^[0-9a-f]+$/, minLength: 64, length: 64, describe: "64 hexadecimal characters" },
    },
    leakPattern: /sk-or-[A-Za-z0-9_-]{10,}/,
  },
  // ":free" models allow 20 requests a minute; the daily quota is a team-chosen figure.
  defaults: { requestsPerMinute: 20, dailyQuota: 1_000 },
  models: [
    // ":free" variants are billed at $0 by OpenRouter (rate-limited instead).
    {
      id: "qwen/qwen3-coder:free",
      label: "Qwen3 Coder (free)",
      serves: "chat",
      speed: "balanced",
      price: { inputPerMTok: 0, outputPerMTok: 0 },
      priceReadOn: CHAT_READ_ON,
    },
    {
      id: "qwen/qwen3-coder",
      label: "Qwen3 Coder",
      serves: "chat",
      speed: "balanced",
      price: { inputPerMTok: 0.22, outputPerMTok: 0.95 },
      priceReadOn: CHAT_READ_ON,
    },
    {
      id: "openai/text-embedding-3-small",
      label: "text-embedding-3-small",
      serves: "embeddings",
      speed: "fast",
      price: { inputPerMTok: 0.02, outputPerMTok: 0 },
      priceReadOn: EMBEDDING_READ_ON,
    },
  ],
  // The openai SDK uses its base URL as is.
  harness: { sdk: "/openrouter/api/v1", api: "/openrouter/api/v1" },
});
