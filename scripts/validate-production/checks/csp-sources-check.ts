// vercel.json's CSP allows exactly what this env needs (expected-csp.ts):
// a missing source breaks a service silently in production; a wildcard or a
// host the config does not use is somewhere injected script could send data.
// Trusted Types and reporting have their own checks.
import { readDeployedCsp, PRINT_CSP_HINT } from "../deployed-csp";
import { expectedCsp, REPORT_DIRECTIVES, TRUSTED_TYPES_DIRECTIVES } from "../expected-csp";
import { isCheckResult } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "CSP sources";
const OWN_CHECKS: readonly string[] = [...TRUSTED_TYPES_DIRECTIVES, ...REPORT_DIRECTIVES];

// `*`, `*.host`, `host:*`, or a bare scheme such as `https:` (blob: is Clerk's worker, same-origin by construction).
const isWildcard = (source: string) =>
  source.includes("*") || (/^[a-z][a-z0-9+.-]*:$/i.test(source) && source !== "blob:");

function whyExtra(source: string): string {
  if (isWildcard(source)) return `${source} is a wildcard (any host or tenant there could receive data)`;
  if (/your-|YOUR_/.test(source)) return `${source} is still a placeholder`;
  return `${source} is not needed by this config`;
}

export async function cspSourcesCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const deployed = readDeployedCsp(ctx.vercelConfigPath, NAME);
  if (isCheckResult(deployed)) return [deployed];
  const expected = new Map(expectedCsp(ctx.env).filter(([directive]) => !OWN_CHECKS.includes(directive)));
  const results: CheckResult[] = [];
  const fail = (directive: string, detail: string) =>
    results.push({ status: "fail", name: `${NAME} ${directive}`, detail: `${detail}; ${PRINT_CSP_HINT}` });
  for (const [directive, wanted] of expected) {
    const actual = deployed.csp.get(directive);
    if (actual === undefined) {
      fail(directive, `${directive} is missing: add "${[directive, ...wanted].join(" ")}"`);
      continue;
    }
    const missing = wanted.filter((source) => !actual.includes(source));
    const extra = actual.filter((source) => !wanted.includes(source));
    if (missing.length > 0) fail(directive, `must include ${missing.join(" ")} (this env uses it)`);
    if (extra.length > 0)
      fail(directive, `broader than the config needs: ${extra.map(whyExtra).join("; ")}: remove it`);
  }
  for (const directive of deployed.csp.keys()) {
    if (!expected.has(directive) && !OWN_CHECKS.includes(directive))
      fail(directive, `${directive} is not part of the app's policy: remove it`);
  }
  if (results.length > 0) return results;
  return [
    { status: "pass", name: NAME, detail: "every directive allows exactly the hosts this env uses, no wildcards" },
  ];
}
