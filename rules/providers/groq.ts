import { defineProvider } from "./types";

// Prices transcribed from the project brief without network access on the
// date given; re-read https://groq.com/pricing before relying on them.
const READ_ON = "2026-11-22";

export const groq = defineProvider({
  name: "groq",
  label: "Groq",
  baseUrl: "https://api.groq.com/openai/v1",
  keysPage: "console.groq.com/keys",
  env: {
    baseUrl: "GROQ_BASE_URL",
    browserBaseUrl: "VITE_BYOK_GROQ_BASE_URL",
    key: "GROQ_API_KEY",
    keys: "GROQ_API_KEYS",
    rpm: "LLM_GROQ_RPM",
    dailyQuota: "LLM_GROQ_DAILY_QUOTA",
  },
  key: {
    prefix: "gsk_",
    body: { chars: /^[A-Za-z0-9]+$/, minLength: 40, describe: "at least 40 letters and digits" },
    leakPattern: /gsk_[A-Za-z0-9]{10,}/,
  },
  // Groq's free tier allows 30 requests a minute. The daily quota is a team-chosen
  // figure: Groq's limits vary per model; check the console and override when they differ.
  defaults: { requestsPerMinute: 30, dailyQuota: 14_400 },
  models: [
    {
      id: "openai/gpt-oss-20b",
      label: "GPT-OSS 20B",
      serves: "chat",
      speed: "fast",
      price: { inputPerMTok: 0.075, outputPerMTok: 0.3 },
      priceReadOn: READ_ON,
    },
    {
      id: "openai/gpt-oss-120b",
      label: "GPT-OSS 120B",
      serves: "chat",
      speed: "balanced",
      price: { inputPerMTok: 0.15, outputPerMTok: 0.6 },
      priceReadOn: READ_ON,
    },
    {
      id: "llama-3.3-70b-versatile",
      label: "Llama 3.3 70B",
      serves: "chat",
      speed: "balanced",
      price: { inputPerMTok: 0.59, outputPerMTok: 0.79 },
      priceReadOn: READ_ON,
    },
  ],
  // groq-sdk appends /openai/v1 to its base URL.
  harness: { sdk: "/groq", api: "/groq/openai/v1" },
});
