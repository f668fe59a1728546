import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { configuredVercelJson, envFixture, fakeCheckContext, FIXTURES_DIR } from "./fake-check-context";
import { PRODUCTION_CHECKS } from "./production-checks";
import { runChecks } from "./run-checks";

// The whole validation, end to end, on a correctly configured fixture: the
// clean env, the repo's vercel.json with its Clerk placeholder filled in the
// way an operator fills it, a clean dist/; commands succeed and the audit is
// clean. Every check must pass; the planted-fault fixtures fail elsewhere.
it("passes every check on a correctly configured fixture", async () => {
  const audit = readFileSync(join(FIXTURES_DIR, "audit/low.json"), "utf8");
  const ctx = fakeCheckContext({
    env: envFixture("clean"),
    vercelConfigPath: configuredVercelJson("https://clerk.example.com"),
    skipBuild: false, // the fake runner "builds"; dist/ is the clean fixture
    runCommand: async (command, args) => ({ exitCode: 0, stdout: args.includes("audit") ? audit : "", stderr: "", timedOut: false }),
  });
  const results = await runChecks(PRODUCTION_CHECKS, ctx);
  expect(results.filter((r) => r.status !== "pass")).toEqual([]);
  expect(results.length).toBeGreaterThanOrEqual(15);
});

it("fails the same run when the Clerk host in the CSP is not the key's", async () => {
  const ctx = fakeCheckContext({ env: envFixture("clean"), vercelConfigPath: configuredVercelJson("https://clerk.other.com") });
  const failed = (await runChecks(PRODUCTION_CHECKS, ctx)).filter((r) => r.status === "fail");
  expect(failed.map((r) => r.detail).join("\n")).toMatch(/clerk\.example\.com/);
});
