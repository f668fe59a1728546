import { byokDevEnv } from "../../scripts/harness/byok-dev-env.mjs";
import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { stopStartedGroups } from "./global-teardown";
import { startIngestServer, stopIngestServer } from "./ingest-server";
import { startOfflineApp } from "../../scripts/harness/offline-app";
import {
  BUILD_DIR,
  INGEST_URL,
  PORTS,
  RESULTS_DIR,
  SENTRY_DSN,
  STACK_LOG_FILE,
  STACK_STATE_FILE,
} from "./stack-config";

/**
 * Starts what the browser tests talk to: the offline stack (local Convex
 * backend, dev issuer, LLM server) and the built app served with
 * vercel.json's headers (serve-like-vercel.ts), both as child process groups
 * the teardown stops; and, in this
 * process, the ingest server standing in for Sentry and PostHog.
 */
export default async function globalSetup(): Promise<void> {
  // A run that crashed before its teardown may have left its stack behind.
  await stopStartedGroups({ onlyIfStillOurs: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Left open for the run: the stack keeps logging through it until the teardown.
  const log = openSync(STACK_LOG_FILE, "w");
  const started: number[] = [];

  try {
    await startIngestServer(PORTS.ingest);
    const app = await startOfflineApp({
      ports: PORTS,
      buildDir: BUILD_DIR,
      log,
      onStarted: (child) => {
        started.push(child.pid!);
        writeFileSync(STACK_STATE_FILE, JSON.stringify({ pgids: started }));
      },
      // Monitoring on, pointed at the ingest server; BYOK key checks at the LLM server.
      buildEnv: (urls) => ({
        VITE_SENTRY_DSN: SENTRY_DSN,
        VITE_PUBLIC_POSTHOG_KEY: "phc_e2eOfflineProjectKey",
        VITE_PUBLIC_POSTHOG_HOST: INGEST_URL,
        VITE_APP_RELEASE: "e2e",
        ...byokDevEnv(urls.llm),
      }),
      // Every browser test runs under vercel.json's CSP and Trusted Types; violations are reported to the ingest server.
      vercelHeaders: () => ({ ingest: INGEST_URL, sentryDsn: SENTRY_DSN }),
    });

    // Test workers start after this and inherit these.
    process.env.E2E_CONVEX_URL = app.urls.convex;
    process.env.E2E_ISSUER_URL = app.urls.issuer;
    process.env.E2E_LLM_URL = app.urls.llm;
  } catch (error) {
    await stopStartedGroups();
    await stopIngestServer();
    throw new Error(`e2e stack failed to start (see ${STACK_LOG_FILE}): ${String(error)}`, { cause: error });
  }
}
