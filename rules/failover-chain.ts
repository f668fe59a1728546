// The default order of provider+model pairs a generation walks through. In
// rules/ because the browser needs the same chain (cache keys, BYOK cost
// estimates) and must not import the server's config; the server's
// convex/providers/resilience/config.ts starts from it and lets
// LLM_FAILOVER_CHAIN override it.
import type { ProviderName } from "./provider-name";

export interface FailoverTarget {
  readonly provider: ProviderName;
  readonly model: string;
}

export const DEFAULT_FAILOVER_CHAIN: readonly FailoverTarget[] = [
  { provider: "groq", model: "openai/gpt-oss-20b" },
  { provider: "openrouter", model: "qwen/qwen3-coder:free" },
];
