import type { Check, CheckContext, CheckResult } from "./check-types";

// Runs checks one after another (the slow ones would fight over 2 cores and
// the build must finish before dist/ is inspected). A check that throws is a
// failure of that check, not of the whole run, so the other lines still print.
export async function runChecks(
  checks: readonly Check[],
  ctx: CheckContext,
  onResult: (result: CheckResult) => void = () => {},
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    let checkResults: CheckResult[];
    try {
      checkResults = await check(ctx);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      checkResults = [{ status: "fail", name: check.name || "check", detail: `crashed: ${message}` }];
    }
    for (const result of checkResults) {
      results.push(result);
      onResult(result);
    }
  }
  return results;
}

export function exitCodeFor(results: readonly CheckResult[]): number {
  return results.some((result) => result.status === "fail") ? 1 : 0;
}
