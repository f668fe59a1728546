// The registry's one list. To add a provider: write its entry file beside
// groq.ts (see types.ts for every field), then add it here — nothing else.
import { groq } from "./groq";
import { openrouter } from "./openrouter";

/** Every provider, in the order the UI lists them. */
export const PROVIDERS = [groq, openrouter] as const;
