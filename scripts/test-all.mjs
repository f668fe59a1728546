// `npm test`: every suite, unit to browser, then one line `N passed, N failed`.
// Suites: static checks (typecheck, lint with the import rules, knip for dead
// files/exports/dependencies, the Prettier check), Vitest (unit + convex-test +
// harness conformance), Playwright (browser, against the built app on the
// offline stack). Each suite reports through a JSON file we sum.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

mkdirSync("test-results", { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);
const wanted = (suite) => only.length === 0 || only.includes(suite);

function run(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  return spawnSync(cmd, args, { stdio: "inherit", env: process.env }).status ?? 1;
}
function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

// Static checks: types, lint (with the import rules), dead code, formatting (Prettier, 120 columns).
const STATIC_CHECKS = ["typecheck", "lint", "knip", "format:check"];

if (wanted("static")) {
  for (const script of STATIC_CHECKS) {
    const ok = run("npm", ["run", "--silent", script]) === 0;
    totals[ok ? "passed" : "failed"] += 1;
    console.log(`${script}: ${ok ? "ok" : "FAILED"}`);
  }
}

if (wanted("vitest")) {
  rmSync("test-results/vitest.json", { force: true });
  const status = run("npx", [
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=test-results/vitest.json",
  ]);
  const report = readJson("test-results/vitest.json");
  if (!report) totals.failed += 1;
  else {
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    totals.skipped += report.numPendingTests + report.numTodoTests;
  }
}

// A browser first: Playwright's cache, the system's Chromium, a download, Debian's
// package (as root), else a message saying what to run (scripts/harness/browser/).
const browserReady = () => run("npx", ["tsx", "scripts/harness/browser/ensure-chromium-cli.ts"]) === 0;

if (wanted("e2e") && !browserReady()) {
  totals.failed += 1;
} else if (wanted("e2e")) {
  rmSync("test-results/e2e.json", { force: true });
  const status = spawnSync("npx", ["playwright", "test"], {
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: "test-results/e2e.json" },
  }).status;
  const report = readJson("test-results/e2e.json");
  if (!report) totals.failed += 1;
  else {
    const s = report.stats;
    totals.passed += s.expected + s.flaky;
    totals.failed += s.unexpected + (status !== 0 && s.unexpected === 0 ? 1 : 0);
    totals.skipped += s.skipped;
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
