import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { envFixture, fakeCheckContext, FIXTURES_DIR } from "./fake-check-context";
import { PRODUCTION_CHECKS } from "./production-checks";
import { runChecks } from "./run-checks";

// The whole validation, end to end, on a correctly configured fixture: the
// clean env, vercel.json with the headers `--print-csp` prints for it (as an
// operator pastes them: fixtures/vercel/configured.json), a clean dist/; commands succeed and the audit is
// clean. Every check must pass; the planted-fault fixtures fail elsewhere.
it("passes every check on a correctly configured fixture", async () => {
  const audit = readFileSync(join(FIXTURES_DIR, "audit/low.json"), "utf8");
  const ctx = fakeCheckContext({
    env: envFixture("clean"),
    vercelConfigPath: join(FIXTURES_DIR, "vercel/configured.json"),
    skipBuild: false, // the fake runner "builds"; dist/ is the clean fixture
    runCommand: async (command, args) => ({
      exitCode: 0,
      stdout: args.includes("audit") ? audit : "",
      stderr: "",
      timedOut: false,
    }),
  });
  const results = await runChecks(PRODUCTION_CHECKS, ctx);
  expect(results.filter((r) => r.status !== "pass")).toEqual([]);
  expect(results.length).toBeGreaterThanOrEqual(15);
});

it("fails the same run when the Clerk key's host is not the CSP's", async () => {
  // base64("clerk.other.com$")
  const env = { ...envFixture("clean"), VITE_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsub3RoZXIuY29tJA==" };
  const ctx = fakeCheckContext({ env, vercelConfigPath: join(FIXTURES_DIR, "vercel/configured.json") });
  const failed = (await runChecks(PRODUCTION_CHECKS, ctx)).filter((r) => r.status === "fail");
  expect(failed.map((r) => r.detail).join("\n")).toMatch(/must include https:\/\/clerk\.other\.com/);
});
