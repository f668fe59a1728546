import type { CheckResult, CheckStatus } from "./check-types";

const SYMBOL: Record<CheckStatus, string> = { pass: "✓", fail: "✗", warn: "!" };

// Continuation lines are indented under the name so multi-line details
// (e.g. the tail of a failing typecheck) stay visually attached to their ✗.
export function formatCheckResult(result: CheckResult): string {
  const [first = "", ...rest] = result.detail.split("\n");
  return [`${SYMBOL[result.status]} ${result.name}: ${first}`, ...rest.map((line) => `    ${line}`)].join("\n");
}

export function formatSummary(results: readonly CheckResult[]): string {
  const count = (status: CheckStatus) => results.filter((result) => result.status === status).length;
  return `${count("pass")} passed, ${count("warn")} warning(s), ${count("fail")} failed`;
}
