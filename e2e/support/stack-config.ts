import { STACK_ENV } from "../../scripts/harness/stack-env";

// Fixed loopback ports for the e2e stack (npm run dev uses 32xx, so both can run).
// E2E_PORT_OFFSET=100 moves a whole run (ports, build dir, Playwright's
// output dir with the state and log files) aside, so two people sharing a
// machine can run suites at once without stopping or cleaning each other's.
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0;
const SUFFIX = OFFSET ? `-${OFFSET}` : "";
export const PORTS = {
  backend: 3310 + OFFSET,
  issuer: 3311 + OFFSET,
  llm: 3312 + OFFSET,
  ingest: 3313 + OFFSET,
  app: 4310 + OFFSET,
} as const;

// The stack's Convex env (scripts/harness/stack-env.ts): what the specs wait for.
export const BREAKER_OPEN_MS = Number(STACK_ENV.LLM_BREAKER_OPEN_MS);
export const CODE_RUN_TIMEOUT_MS = Number(STACK_ENV.E2B_RUN_TIMEOUT_MS);

export const APP_URL = `http://127.0.0.1:${PORTS.app}`;
/** The stand-in for Sentry and PostHog (ingest-server.ts). */
export const INGEST_URL = `http://127.0.0.1:${PORTS.ingest}`;
/** The build's Sentry DSN: its envelopes and CSP reports go to the ingest server. */
export const SENTRY_DSN = `http://publickey@127.0.0.1:${PORTS.ingest}/1`;
export const BUILD_DIR = `dist-e2e${SUFFIX}`;
/** Playwright's outputDir (cleaned at the start of a run), where the files below live. */
export const RESULTS_DIR = `test-results${SUFFIX}`;
/** Child pids (process-group leaders) the global setup started, for the teardown. */
export const STACK_STATE_FILE = `${RESULTS_DIR}/.e2e-stack.json`;
export const STACK_LOG_FILE = `${RESULTS_DIR}/e2e-stack.log`;

/** URLs of the running stack, as the global setup publishes them to the test workers. */
export function stackUrls() {
  const read = (name: string) => {
    const value = process.env[name];
    if (!value)
      throw new Error(
        `${name} is not set: run the suite through playwright.config.ts (its globalSetup starts the stack)`,
      );
    return value;
  };
  return { convex: read("E2E_CONVEX_URL"), issuer: read("E2E_ISSUER_URL"), llm: read("E2E_LLM_URL") };
}
