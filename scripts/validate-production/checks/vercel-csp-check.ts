// The Content-Security-Policy in vercel.json allows what the app needs
// (required-csp.ts) and nothing that would let injected script run.
import { parseCsp } from "../content-security-policy";
import { ALL_ROUTES } from "../required-headers";
import { CLERK_FAPI_PLACEHOLDER, EXACT_CSP_DIRECTIVES, FORBIDDEN_SCRIPT_SOURCES, REQUIRED_CSP_SOURCES } from "../required-csp";
import { headerValue, isCheckResult, readVercelConfig } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "vercel.json CSP";

export async function vercelCspCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const config = readVercelConfig(ctx.vercelConfigPath, NAME);
  if (isCheckResult(config)) return [config];
  const header = headerValue(config, ALL_ROUTES, "Content-Security-Policy");
  if (header === undefined) return [{ status: "fail", name: NAME, detail: `no Content-Security-Policy for "${ALL_ROUTES}": restore it from git` }];
  const csp = parseCsp(header);
  const results: CheckResult[] = [];
  const fail = (directive: string, detail: string) => results.push({ status: "fail", name: `${NAME} ${directive}`, detail });
  for (const [directive, required] of Object.entries(REQUIRED_CSP_SOURCES)) {
    const missing = required.filter((source) => !(csp.get(directive) ?? []).includes(source));
    if (missing.length > 0) fail(directive, `must include ${missing.join(" ")}: add it to ${directive} in vercel.json`);
  }
  for (const directive of EXACT_CSP_DIRECTIVES) {
    const extra = (csp.get(directive) ?? []).filter((source) => !REQUIRED_CSP_SOURCES[directive]!.includes(source));
    if (extra.length > 0) fail(directive, `must be exactly ${REQUIRED_CSP_SOURCES[directive]!.join(" ")}: remove ${extra.join(" ")}`);
  }
  const unsafe = (csp.get("script-src") ?? []).filter((source) => (FORBIDDEN_SCRIPT_SOURCES as readonly string[]).includes(source));
  if (unsafe.length > 0) fail("script-src", `must not allow ${unsafe.join(" ")} (lets injected scripts run): remove it`);
  if (header.includes(CLERK_FAPI_PLACEHOLDER)) {
    results.push({
      status: "warn",
      name: `${NAME} Clerk domain`,
      detail: `still has the placeholder https://clerk.${CLERK_FAPI_PLACEHOLDER}: replace it in script-src and connect-src with your Clerk production Frontend API (Clerk dashboard → Domains, e.g. https://clerk.example.com)`,
    });
  }
  if (results.length > 0) return results;
  return [{ status: "pass", name: NAME, detail: "allows exactly the app's services and no unsafe script sources" }];
}
