// Known high/critical vulnerabilities in what ships (dev dependencies omitted).
import { childProcessEnv } from "../child-process-env";
import { npmAuditResult } from "../npm-audit-result";
import type { CheckContext, CheckResult } from "../check-types";

const TIMEOUT_MS = 60_000;

export async function npmAuditCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (ctx.skipAudit) {
    return [
      {
        status: "warn",
        name: "npm audit",
        detail: "skipped (--skip-audit); run `npm audit --omit=dev` before deploying",
      },
    ];
  }
  const result = await ctx.runCommand("npm", ["audit", "--omit=dev", "--json"], {
    cwd: ctx.rootDir,
    env: childProcessEnv(ctx.parentEnv),
    timeoutMs: TIMEOUT_MS,
  });
  return [npmAuditResult(result, TIMEOUT_MS)];
}
