// Sentry's CSP report endpoint for a DSN (Sentry → Security Headers):
// https://<ingest host>/api/<project id>/security/?sentry_key=<public key>.
// The public key is the DSN's user part, already public in the bundle.

export type SentryDsnParts = { origin: string; reportUrl: string };

export const CSP_REPORT_GROUP = "csp-endpoint";

export function sentryDsnParts(dsn: string | undefined, environment = "production"): SentryDsnParts | undefined {
  if (!dsn || !URL.canParse(dsn)) return undefined;
  const url = new URL(dsn);
  const segments = url.pathname.split("/").filter(Boolean);
  const projectId = segments.pop();
  if (!url.username || !projectId) return undefined;
  // A DSN may carry a path prefix before the project id (self-hosted behind a proxy).
  const base = `${url.origin}${segments.map((segment) => `/${segment}`).join("")}`;
  const query = new URLSearchParams({ sentry_key: url.username, sentry_environment: environment });
  return { origin: url.origin, reportUrl: `${base}/api/${projectId}/security/?${query}` };
}
