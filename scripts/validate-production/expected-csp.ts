// The Content-Security-Policy a deploy needs, derived from its env: every host
// named exactly (no wildcards), Trusted Types enforced, violations reported to
// Sentry when a DSN is set. validate:production compares vercel.json's CSP
// with this, and `--print-csp` prints it for pasting. Why each directive is
// what it is: the comments in directiveSources below and in headers.md.
import { perBrowserBaseUrlEnv } from "../../rules/providers";
import { clerkFrontendApiFromPublishableKey } from "../../src/config/clerk-frontend-api";
import { CAPTCHA_ORIGIN } from "../../src/lib/trusted-types/script-url-policy";
import { TRUSTED_TYPE_POLICY_NAMES } from "../../src/lib/trusted-types/policy-names";
import { POSTHOG_DEFAULT_HOST, posthogOrigins } from "./posthog-origins";
import { CSP_REPORT_GROUP, sentryDsnParts } from "./sentry-csp-report";

export type CspDirectives = [directive: string, sources: string[]][];
type Env = Readonly<Record<string, string | undefined>>;

/** Where Settings live-checks a user's own key when no VITE_BYOK_* override is set (src/lib/byok; the registry's base URLs). */
const BYOK_DEFAULT_ORIGINS = perBrowserBaseUrlEnv((entry) => new URL(entry.baseUrl).origin);

/** Directives about reporting and Trusted Types: their own checks look at them. */
export const TRUSTED_TYPES_DIRECTIVES = ["require-trusted-types-for", "trusted-types"] as const;
export const REPORT_DIRECTIVES = ["report-uri", "report-to"] as const;

const originOf = (value: string | undefined) => (value && URL.canParse(value) ? new URL(value).origin : undefined);
const present = (...values: (string | undefined)[]) => values.filter((value): value is string => value !== undefined);

function clerkOrigin(env: Env): string | undefined {
  const host = env.VITE_CLERK_PUBLISHABLE_KEY
    ? clerkFrontendApiFromPublishableKey(env.VITE_CLERK_PUBLISHABLE_KEY)
    : undefined;
  return host ? `https://${host}` : undefined;
}

function convexOrigins(env: Env): string[] {
  const origin = originOf(env.VITE_CONVEX_URL);
  // The Convex client keeps a WebSocket to the same host.
  return origin ? [origin, origin.replace(/^http/, "ws")] : [];
}

function posthogConnect(env: Env): string[] {
  if (!env.VITE_PUBLIC_POSTHOG_KEY) return [];
  return posthogOrigins(env.VITE_PUBLIC_POSTHOG_HOST ?? POSTHOG_DEFAULT_HOST);
}

function byokOrigins(env: Env): string[] {
  return Object.entries(BYOK_DEFAULT_ORIGINS).flatMap(([variable, fallback]) =>
    present(originOf(env[variable]) ?? fallback),
  );
}

export function expectedCsp(env: Env): CspDirectives {
  const clerk = clerkOrigin(env);
  const sentry = sentryDsnParts(env.VITE_SENTRY_DSN);
  const directives: CspDirectives = [
    ["default-src", ["'self'"]],
    // Clerk's clerk-js and its chunks come from its Frontend API; its sign-up runs Cloudflare's CAPTCHA.
    ["script-src", ["'self'", ...present(clerk, clerk && CAPTCHA_ORIGIN)]],
    // Clerk's components inject <style> elements (emotion) at runtime, without a
    // nonce a static deploy could supply: 'unsafe-inline' only when Clerk is on.
    ["style-src", ["'self'", ...present(clerk && "'unsafe-inline'")]],
    // data: for images only: code-run results (PNG/JPEG) are shown as data: URLs built from base64.
    ["img-src", ["'self'", "data:", ...present(clerk && "https://img.clerk.com")]],
    [
      "connect-src",
      [
        "'self'",
        ...present(clerk),
        ...convexOrigins(env),
        ...present(sentry?.origin),
        ...posthogConnect(env),
        ...byokOrigins(env),
      ],
    ],
    ["frame-src", present(clerk && CAPTCHA_ORIGIN)],
    // Clerk's session timers run in a worker made from a blob: URL.
    ["worker-src", ["'self'", ...present(clerk && "blob:")]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
    ["require-trusted-types-for", ["'script'"]],
    ["trusted-types", [...TRUSTED_TYPE_POLICY_NAMES]],
  ];
  if (sentry) directives.push(["report-uri", [sentry.reportUrl]], ["report-to", [CSP_REPORT_GROUP]]);
  // Nothing to allow (frame-src without Clerk) is 'none', not a fallback to default-src.
  return directives.map(([directive, sources]): [string, string[]] => [
    directive,
    sources.length > 0 ? sources : ["'none'"],
  ]);
}

/** The Reporting-Endpoints header value `report-to` names, when a DSN is set. */
export function expectedReportingEndpoints(env: Env): string | undefined {
  const sentry = sentryDsnParts(env.VITE_SENTRY_DSN);
  return sentry && `${CSP_REPORT_GROUP}="${sentry.reportUrl}"`;
}

export function formatCsp(directives: CspDirectives): string {
  return directives.map(([directive, sources]) => [directive, ...sources].join(" ")).join("; ");
}
