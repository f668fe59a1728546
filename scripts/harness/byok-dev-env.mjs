// Where the browser live-checks an own key on the offline stack: the local
// LLM server's provider paths. Shared by `npm run dev` and the e2e set-up,
// so the tests save keys through the same configuration a developer gets.

/** @param {string} llmUrl the local LLM server's root URL */
export function byokDevEnv(llmUrl) {
  return {
    VITE_BYOK_GROQ_BASE_URL: `${llmUrl}/groq/openai/v1`,
    VITE_BYOK_OPENROUTER_BASE_URL: `${llmUrl}/openrouter/api/v1`,
  };
}
