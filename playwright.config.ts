import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./scripts/harness/browser/chromium";
import { APP_URL, RESULTS_DIR } from "./e2e/support/stack-config";

export default defineConfig({
  testDir: "e2e",
  outputDir: RESULTS_DIR,
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // `npm test` sets PLAYWRIGHT_JSON_OUTPUT_NAME to sum this suite's counts.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  // Offline stack + `vite build --mode offline` served with vercel.json's headers, stopped (process groups) afterwards.
  globalSetup: "./e2e/support/global-setup.ts",
  globalTeardown: "./e2e/support/global-teardown.ts",
  expect: { timeout: 10_000 },
  use: {
    browserName: "chromium",
    baseURL: APP_URL,
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: "retain-on-failure",
  },
});
