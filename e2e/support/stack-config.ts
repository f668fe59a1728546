// Fixed loopback ports for the e2e stack (npm run dev uses 32xx, so both can run).
export const PORTS = { backend: 3310, issuer: 3311, llm: 3312, app: 4310 } as const;

export const APP_URL = `http://127.0.0.1:${PORTS.app}`;
export const BUILD_DIR = "dist-e2e";
/** Child pids (process-group leaders) the global setup started, for the teardown. */
export const STACK_STATE_FILE = "test-results/.e2e-stack.json";
export const STACK_LOG_FILE = "test-results/e2e-stack.log";

/** URLs of the running stack, as the global setup publishes them to the test workers. */
export function stackUrls() {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set: run the suite through playwright.config.ts (its globalSetup starts the stack)`);
    return value;
  };
  return { convex: read("E2E_CONVEX_URL"), issuer: read("E2E_ISSUER_URL"), llm: read("E2E_LLM_URL") };
}
