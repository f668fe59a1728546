import { defineConfig } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "./e2e/support/chromium";

export default defineConfig({
  testDir: "e2e",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // `npm test` sets PLAYWRIGHT_JSON_OUTPUT_NAME to sum this suite's counts.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : "list",
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: "retain-on-failure",
  },
});
