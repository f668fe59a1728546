// The CSP allows the exact hosts this env points the browser at: a Sentry DSN
// in another region, a PostHog proxy, or the production Clerk domain missing
// from vercel.json would be blocked silently in production.
import { clerkFrontendApiFromPublishableKey } from "../../../src/config/clerk-frontend-api";
import { directiveAllows, parseCsp } from "../content-security-policy";
import { ALL_ROUTES } from "../required-headers";
import { headerValue, isCheckResult, readVercelConfig } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "CSP allows env";

type Need = { variable: string; url: URL; directives: readonly string[] };

function urlOf(value: string | undefined): URL | undefined {
  return value !== undefined && URL.canParse(value) ? new URL(value) : undefined;
}

// Malformed or missing variables are skipped: the env check reports them.
function needsOf(env: Readonly<Record<string, string>>): Need[] {
  const needs: Need[] = [];
  const add = (variable: string, url: URL | undefined, directives: readonly string[]) => {
    if (url !== undefined) needs.push({ variable, url, directives });
  };
  const convex = urlOf(env.VITE_CONVEX_URL);
  add("VITE_CONVEX_URL", convex, ["connect-src"]);
  // The Convex client keeps a WebSocket to the same host.
  add("VITE_CONVEX_URL", convex && urlOf(convex.href.replace(/^http/, "ws")), ["connect-src"]);
  const clerkHost = env.VITE_CLERK_PUBLISHABLE_KEY && clerkFrontendApiFromPublishableKey(env.VITE_CLERK_PUBLISHABLE_KEY);
  add("VITE_CLERK_PUBLISHABLE_KEY", clerkHost ? new URL(`https://${clerkHost}`) : undefined, ["script-src", "connect-src"]);
  add("VITE_SENTRY_DSN", urlOf(env.VITE_SENTRY_DSN), ["connect-src"]);
  add("VITE_PUBLIC_POSTHOG_HOST", urlOf(env.VITE_PUBLIC_POSTHOG_HOST), ["connect-src"]);
  // Settings live-checks bring-your-own keys from the browser (the default hosts are in required-csp.ts).
  add("VITE_BYOK_GROQ_BASE_URL", urlOf(env.VITE_BYOK_GROQ_BASE_URL), ["connect-src"]);
  add("VITE_BYOK_OPENROUTER_BASE_URL", urlOf(env.VITE_BYOK_OPENROUTER_BASE_URL), ["connect-src"]);
  return needs;
}

export async function cspAllowsEnvCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const config = readVercelConfig(ctx.vercelConfigPath, NAME);
  if (isCheckResult(config)) return [config];
  const csp = parseCsp(headerValue(config, ALL_ROUTES, "Content-Security-Policy") ?? "");
  const results: CheckResult[] = [];
  for (const need of needsOf(ctx.env)) {
    const blocked = need.directives.filter((directive) => !directiveAllows(csp, directive, need.url));
    if (blocked.length === 0) continue;
    results.push({
      status: "fail",
      name: `${NAME} ${need.variable}`,
      detail: `the CSP blocks ${need.url.protocol}//${need.url.host}, which ${need.variable} points the browser at: add it to ${blocked.join(" and ")} in vercel.json`,
    });
  }
  if (results.length > 0) return results;
  return [{ status: "pass", name: NAME, detail: "the CSP allows every host the env points the browser at" }];
}
