// vercel.json sends the security and caching headers in required-headers.ts.
import { ALL_ROUTES, REQUIRED_HEADERS } from "../required-headers";
import { headerValue, isCheckResult, readVercelConfig } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "vercel.json headers";
const normalized = (value: string) => value.trim().replace(/\s+/g, " ");

export async function vercelHeadersCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const config = readVercelConfig(ctx.vercelConfigPath, NAME);
  if (isCheckResult(config)) return [config];
  const failures: CheckResult[] = [];
  for (const required of REQUIRED_HEADERS) {
    const actual = headerValue(config, required.source, required.key);
    if (actual !== undefined && normalized(actual) === required.value) continue;
    const problem = actual === undefined ? "is missing" : "has the wrong value";
    failures.push({
      status: "fail",
      name: `${NAME} ${required.key}`,
      detail: `${problem} for "${required.source}" (${required.why}): set { "key": "${required.key}", "value": "${required.value}" } in that rule of vercel.json`,
    });
  }
  if (headerValue(config, ALL_ROUTES, "Content-Security-Policy") === undefined) {
    failures.push({
      status: "fail",
      name: `${NAME} Content-Security-Policy`,
      detail: `is missing for "${ALL_ROUTES}": restore it from git`,
    });
  }
  if (failures.length > 0) return failures;
  return [{ status: "pass", name: NAME, detail: `all ${REQUIRED_HEADERS.length + 1} required headers present` }];
}
