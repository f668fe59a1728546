import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { posthogOrigins } from "../../validate-production/posthog-origins";
import { sentryDsnParts } from "../../validate-production/sentry-csp-report";
import type { VercelConfig } from "../../validate-production/vercel-config";

const REPO_ROOT = join(import.meta.dirname, "..", "..", "..");
/** The env the repo's vercel.json is written for (a validate:production test keeps them in step). */
const PLACEHOLDER_ENV = join(REPO_ROOT, "scripts/validate-production/fixtures/env/placeholder.env");

export type OfflineHosts = { convex: string; issuer: string; llm: string; ingest: string; sentryDsn: string };

const origin = (url: string) => new URL(url).origin;

/**
 * Each production origin in vercel.json, paired with the offline stack's
 * stand-in for it: Convex → the local backend, Clerk's Frontend API → the dev
 * issuer, Sentry and PostHog → the ingest server, the BYOK providers → the LLM
 * server. Longest first, so the report URL is swapped before its origin.
 */
function swaps(hosts: OfflineHosts): [production: string, offline: string][] {
  const env = parseEnv(readFileSync(PLACEHOLDER_ENV, "utf8"));
  const sentry = sentryDsnParts(env.VITE_SENTRY_DSN)!;
  const offlineSentry = sentryDsnParts(hosts.sentryDsn)!;
  const convex = origin(env.VITE_CONVEX_URL!);
  const clerkHost = atob(env.VITE_CLERK_PUBLISHABLE_KEY!.replace(/^pk_live_/, "")).slice(0, -1);
  const pairs: [string, string][] = [
    [sentry.reportUrl, offlineSentry.reportUrl],
    [sentry.origin, origin(hosts.ingest)],
    [convex.replace(/^https/, "wss"), origin(hosts.convex).replace(/^http/, "ws")],
    [convex, origin(hosts.convex)],
    [`https://${clerkHost}`, origin(hosts.issuer)],
    ...posthogOrigins(env.VITE_PUBLIC_POSTHOG_HOST!).map((posthog): [string, string] => [
      posthog,
      origin(hosts.ingest),
    ]),
    ["https://api.groq.com", origin(hosts.llm)],
    ["https://openrouter.ai", origin(hosts.llm)],
  ];
  return pairs.sort(([a], [b]) => b.length - a.length);
}

/**
 * The repo's vercel.json with the offline stack's hosts in place of the
 * production ones: the same headers, pointing where this stack's browser goes.
 * Throws when a production host is missing, so a vercel.json change cannot
 * quietly leave the e2e suite on a looser policy than production.
 */
export function offlineVercelConfig(hosts: OfflineHosts): VercelConfig {
  let text = readFileSync(join(REPO_ROOT, "vercel.json"), "utf8");
  for (const [production, offline] of swaps(hosts)) {
    // The report URL sits inside a JSON string with its quotes escaped in Reporting-Endpoints: plain text replace covers both.
    if (!text.includes(production))
      throw new Error(
        `vercel.json no longer names ${production}: update scripts/harness/vercel/offline-vercel-config.ts`,
      );
    text = text.replaceAll(production, offline);
  }
  if (/your-/.test(text)) throw new Error("vercel.json has a placeholder the offline swap does not know");
  const config = JSON.parse(text) as VercelConfig;
  return withOwnStylesChecked(withoutReportingApi(config));
}

/**
 * Production allows inline styles only because Clerk injects <style>
 * elements; the offline app has no Clerk. A report-only `style-src 'self'`
 * makes any inline style of the app's own a reported violation, so the
 * suite notices the day the app itself starts to need 'unsafe-inline'.
 */
function withOwnStylesChecked(config: VercelConfig): VercelConfig {
  const all = config.headers?.find((rule) => rule.headers.some((header) => header.key === "Content-Security-Policy"));
  const reportUri = /report-uri [^;]+/.exec(
    all?.headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "",
  )?.[0];
  all?.headers.push({
    key: "Content-Security-Policy-Report-Only",
    value: `style-src 'self'${reportUri ? `; ${reportUri}` : ""}`,
  });
  return config;
}

/**
 * Chromium sends CSP reports through the Reporting API when `report-to` is
 * present (ignoring report-uri), and in Playwright's browser contexts those
 * uploads never reached the ingest server (not even with
 * --short-reporting-delay). The e2e copy therefore keeps report-uri only, the
 * same Sentry endpoint, so a violation in any test is reported at once.
 */
function withoutReportingApi(config: VercelConfig): VercelConfig {
  for (const rule of config.headers ?? []) {
    rule.headers = rule.headers
      .filter((header) => header.key !== "Reporting-Endpoints")
      .map((header) =>
        header.key === "Content-Security-Policy"
          ? { ...header, value: header.value.replace(/; report-to [^;]+/, "") }
          : header,
      );
  }
  return config;
}
