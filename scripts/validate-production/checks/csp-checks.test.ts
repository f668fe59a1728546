// The three CSP checks on fixtures (fixtures/vercel/): the configured one
// passes, each planted fault fails its check, and nothing else.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { envFixture, fakeCheckContext, FIXTURES_DIR, REPO_ROOT } from "../fake-check-context";
import { vercelHeadersForEnv } from "../vercel-headers-for-env";
import type { CheckContext, CheckResult } from "../check-types";
import type { VercelConfig } from "../vercel-config";
import { cspReportCheck } from "./csp-report-check";
import { cspSourcesCheck } from "./csp-sources-check";
import { cspTrustedTypesCheck } from "./csp-trusted-types-check";

const vercelFixture = (name: string) => join(FIXTURES_DIR, "vercel", `${name}.json`);
const CSP_CHECKS = [cspSourcesCheck, cspTrustedTypesCheck, cspReportCheck];

async function runCspChecks(overrides: Partial<CheckContext>): Promise<CheckResult[]> {
  const ctx = fakeCheckContext({ env: envFixture("clean"), ...overrides });
  return (await Promise.all(CSP_CHECKS.map((check) => check(ctx)))).flat();
}

const failed = (results: CheckResult[]) => results.filter((result) => result.status === "fail");

describe("CSP checks on fixtures (clean env)", () => {
  it("pass on the correctly configured fixture, which is exactly what --print-csp prints", async () => {
    const results = await runCspChecks({ vercelConfigPath: vercelFixture("configured") });
    expect(results.map((result) => result.status)).toEqual(["pass", "pass", "pass"]);
    const fixture = JSON.parse(readFileSync(vercelFixture("configured"), "utf8")) as VercelConfig;
    expect(fixture.headers).toEqual(vercelHeadersForEnv(envFixture("clean")));
  });

  it.each([
    ["wildcard-host", "CSP sources connect-src", /https:\/\/\*\.convex\.cloud is a wildcard/],
    ["unneeded-host", "CSP sources connect-src", /https:\/\/eu\.i\.posthog\.com is not needed by this config/],
    ["no-trusted-types", "CSP Trusted Types", /not enforced: add "require-trusted-types-for 'script'"/],
    ["no-report-uri", "CSP reports", /report-uri must be Sentry's security endpoint .*missing/],
  ])("fail on %s", async (fixture, name, detail) => {
    const failures = failed(await runCspChecks({ vercelConfigPath: vercelFixture(fixture) }));
    expect([...new Set(failures.map((failure) => failure.name))]).toEqual([name]);
    expect(failures.map((failure) => failure.detail).join("\n")).toMatch(detail);
  });
});

describe("CSP checks against env changes", () => {
  it("fail the repo's vercel.json, whose hosts are placeholders, pointing at --print-csp", async () => {
    const failures = failed(await runCspChecks({ vercelConfigPath: join(REPO_ROOT, "vercel.json") }));
    expect(failures.map((failure) => failure.name)).toEqual(
      expect.arrayContaining(["CSP sources connect-src", "CSP sources script-src", "CSP reports"]),
    );
    expect(failures.map((failure) => failure.detail).join("\n")).toMatch(
      /https:\/\/your-deployment\.convex\.cloud is still a placeholder.*--print-csp/,
    );
  });

  it("pass the repo's vercel.json for the placeholder env it is written for", async () => {
    const results = await runCspChecks({
      vercelConfigPath: join(REPO_ROOT, "vercel.json"),
      env: envFixture("placeholder"),
    });
    expect(failed(results)).toEqual([]);
  });

  it("fail when the DSN moves to a region the CSP does not name", async () => {
    const env = { ...envFixture("clean"), VITE_SENTRY_DSN: "https://publickey@o1.ingest.de.sentry.io/42" };
    const failures = failed(await runCspChecks({ vercelConfigPath: vercelFixture("configured"), env }));
    expect([...new Set(failures.map((failure) => failure.name))]).toEqual(["CSP sources connect-src", "CSP reports"]);
  });

  it("warn, not pass, when no DSN is set and nothing is reported; fail when reports go to a DSN the env does not have", async () => {
    const { VITE_SENTRY_DSN: _dsn, ...env } = envFixture("clean");
    const withReports = await cspReportCheck(fakeCheckContext({ vercelConfigPath: vercelFixture("configured"), env }));
    expect(withReports).toEqual([
      expect.objectContaining({ status: "fail", detail: expect.stringMatching(/VITE_SENTRY_DSN is unset/) }),
    ]);
    const withoutReports = await cspReportCheck(
      fakeCheckContext({ vercelConfigPath: vercelFixture("no-report-uri"), env }),
    );
    expect(withoutReports[0]?.status).toBe("fail"); // report-to and Reporting-Endpoints are still there
  });

  it("fail when trusted-types allows duplicates or another policy name", async () => {
    const config = JSON.parse(readFileSync(vercelFixture("configured"), "utf8")) as VercelConfig;
    const csp = config.headers![1]!.headers[0]!;
    csp.value = csp.value.replace(
      "trusted-types safe-text default",
      "trusted-types safe-text default dompurify 'allow-duplicates'",
    );
    const path = join(mkdtempSync(join(tmpdir(), "csp-tt-")), "vercel.json");
    writeFileSync(path, JSON.stringify(config));
    const failures = failed(await cspTrustedTypesCheck(fakeCheckContext({ vercelConfigPath: path })));
    expect(failures.map((failure) => failure.name)).toEqual(["CSP Trusted Types policies"]);
  });
});
