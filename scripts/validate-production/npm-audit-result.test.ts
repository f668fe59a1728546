import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "./fake-check-context";
import { npmAuditResult } from "./npm-audit-result";
import type { CommandResult } from "./check-types";

const audited = (stdout: string, extra: Partial<CommandResult> = {}) =>
  npmAuditResult({ exitCode: 1, stdout, stderr: "", timedOut: false, ...extra }, 60_000);
const fixture = (name: string) => readFileSync(join(FIXTURES_DIR, "audit", name), "utf8");

describe("npmAuditResult", () => {
  it("fails on high/critical and names the packages", () => {
    const result = audited(fixture("high.json"));
    expect(result.status).toBe("fail");
    expect(result.detail).toContain("marked (high, fix available)");
    expect(result.detail).not.toContain("nanoid (");
  });

  it("passes on low severity only", () => {
    expect(audited(fixture("low.json"), { exitCode: 1 })).toMatchObject({
      status: "pass",
      detail: "no high/critical (1 low)",
    });
  });

  it("passes on a clean report", () => {
    const clean = JSON.stringify({
      auditReportVersion: 2,
      vulnerabilities: {},
      metadata: { vulnerabilities: { low: 0, high: 0, total: 0 } },
    });
    expect(audited(clean, { exitCode: 0 }).status).toBe("pass");
  });

  it.each([
    ["a DNS failure", fixture("network-enotfound.json"), /could not check: ENOTFOUND request to .* failed/],
    ["a registry without the audit endpoint", fixture("endpoint-405.json"), /could not check: 405 Method Not Allowed/],
    ["non-JSON output", "npm ERR! something odd", /could not check: no JSON on stdout/],
  ])("warns on %s, never passes", (_case, stdout, detail) => {
    const result = audited(stdout);
    expect(result.status).toBe("warn");
    expect(result.detail).toMatch(detail);
  });

  it("warns on a timeout and on npm not starting", () => {
    expect(audited("", { timedOut: true }).detail).toMatch(/could not check: npm audit timed out after 60 s/);
    expect(audited("", { spawnError: "spawn npm ENOENT" }).detail).toMatch(/could not check: spawn npm ENOENT/);
  });

  it("uses stderr's error line when stdout is empty", () => {
    const result = audited("", { stderr: "npm warn config\nnpm error code EAI_AGAIN\n" });
    expect(result).toMatchObject({ status: "warn" });
    expect(result.detail).toContain("npm error code EAI_AGAIN");
  });
});
