import { runTimeoutMs } from "../../rules/code-execution";

/**
 * E2B connection options from the Convex env, under E2B's own names: the key,
 * and optionally where its API and sandboxes are (the offline stand-in; unset
 * in production, where the SDK's defaults reach E2B's cloud). Null: off.
 * The key stays on the server: nothing returns it to a client or a log.
 */
export function e2bConnection(): { apiKey: string; apiUrl?: string; sandboxUrl?: string; domain?: string } | null {
  const apiKey = process.env.E2B_API_KEY?.trim();
  if (!apiKey) return null;
  const optional = (name: string) => process.env[name]?.trim() || undefined;
  return {
    apiKey,
    apiUrl: optional("E2B_API_URL"),
    sandboxUrl: optional("E2B_SANDBOX_URL"),
    domain: optional("E2B_DOMAIN"),
  };
}

export function codeExecutionEnabled(): boolean {
  return e2bConnection() !== null;
}

/** The per-run timeout (`E2B_RUN_TIMEOUT_MS`, default 30 s, never 0). */
export function configuredRunTimeoutMs(): number {
  return runTimeoutMs(process.env.E2B_RUN_TIMEOUT_MS);
}
