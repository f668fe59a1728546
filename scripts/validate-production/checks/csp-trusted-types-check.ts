// Trusted Types are enforced, and only the app's own policies may be created
// (src/lib/trusted-types/policy-names.ts): with them, the one way to put HTML
// into the page is SafeText's DOMPurify call, and a new innerHTML anywhere
// else fails loudly (blocked and reported) instead of silently.
import { readDeployedCsp, PRINT_CSP_HINT } from "../deployed-csp";
import { isCheckResult } from "../vercel-config";
import { TRUSTED_TYPE_POLICY_NAMES } from "../../../src/lib/trusted-types/policy-names";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "CSP Trusted Types";
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item) => b.includes(item));

export async function cspTrustedTypesCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const deployed = readDeployedCsp(ctx.vercelConfigPath, NAME);
  if (isCheckResult(deployed)) return [deployed];
  const results: CheckResult[] = [];
  const required = deployed.csp.get("require-trusted-types-for");
  if (required === undefined || !sameSet(required, ["'script'"])) {
    results.push({
      status: "fail",
      name: NAME,
      detail: `Trusted Types are not enforced: add "require-trusted-types-for 'script'"; ${PRINT_CSP_HINT}`,
    });
  }
  const policies = deployed.csp.get("trusted-types");
  if (policies === undefined || !sameSet(policies, TRUSTED_TYPE_POLICY_NAMES)) {
    const found = policies === undefined ? "missing" : `"${policies.join(" ")}"`;
    results.push({
      status: "fail",
      name: `${NAME} policies`,
      detail: `trusted-types is ${found}: it must name exactly the app's policies, "trusted-types ${TRUSTED_TYPE_POLICY_NAMES.join(" ")}" (no other names, no 'allow-duplicates')`,
    });
  }
  if (results.length > 0) return results;
  return [
    { status: "pass", name: NAME, detail: `enforced; only ${TRUSTED_TYPE_POLICY_NAMES.join(" and ")} may be created` },
  ];
}
