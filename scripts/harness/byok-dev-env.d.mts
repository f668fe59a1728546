export function byokDevEnv(llmUrl: string): { VITE_BYOK_GROQ_BASE_URL: string; VITE_BYOK_OPENROUTER_BASE_URL: string };
