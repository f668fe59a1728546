// Reads `npm audit --omit=dev --json` into a verdict. npm exits 1 both when it
// found vulnerabilities and when it could not ask the registry, so the JSON,
// not the exit code, decides; anything unreadable is a "could not check" !,
// never a pass.
import type { CommandResult, CheckResult } from "./check-types";

const NAME = "npm audit";
const BLOCKING = ["critical", "high"] as const;

type AuditReport = {
  vulnerabilities?: Record<string, { severity?: string; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Record<string, number> };
  error?: { code?: string; summary?: string };
  message?: string;
};

const couldNotCheck = (why: string): CheckResult => ({
  status: "warn",
  name: NAME,
  detail: `could not check: ${why}; run \`npm audit --omit=dev\` where the registry is reachable before deploying`,
});

function parseReport(stdout: string): AuditReport | undefined {
  try {
    const parsed: unknown = JSON.parse(stdout);
    return typeof parsed === "object" && parsed !== null ? (parsed as AuditReport) : undefined;
  } catch {
    return undefined;
  }
}

function firstErrorLine(stderr: string): string {
  return (
    stderr
      .split("\n")
      .find((line) => /error/i.test(line))
      ?.trim() ?? "no JSON on stdout"
  );
}

export function npmAuditResult(result: CommandResult, timeoutMs: number): CheckResult {
  if (result.spawnError !== undefined) return couldNotCheck(result.spawnError);
  if (result.timedOut) return couldNotCheck(`npm audit timed out after ${timeoutMs / 1000} s`);
  const report = parseReport(result.stdout);
  if (report === undefined) return couldNotCheck(firstErrorLine(result.stderr));
  const counts = report.metadata?.vulnerabilities;
  if (counts === undefined) {
    const why = [report.error?.code, report.error?.summary || report.message].filter(Boolean).join(" ");
    return couldNotCheck(why || "unexpected npm audit output");
  }
  const summary = Object.entries(counts)
    .filter(([severity, count]) => severity !== "total" && count > 0)
    .map(([severity, count]) => `${count} ${severity}`)
    .join(", ");
  const blocking = Object.entries(report.vulnerabilities ?? {})
    .filter(([, vulnerability]) => (BLOCKING as readonly (string | undefined)[]).includes(vulnerability.severity))
    .map(
      ([name, vulnerability]) =>
        `${name} (${vulnerability.severity}${vulnerability.fixAvailable ? ", fix available" : ", no fix yet"})`,
    );
  if (BLOCKING.some((severity) => (counts[severity] ?? 0) > 0)) {
    return {
      status: "fail",
      name: NAME,
      detail: `high/critical vulnerabilities in production dependencies (${summary}): run \`npm audit fix\` or upgrade/replace: ${blocking.join(", ")}`,
    };
  }
  return {
    status: "pass",
    name: NAME,
    detail: summary === "" ? "no known vulnerabilities in production dependencies" : `no high/critical (${summary})`,
  };
}
