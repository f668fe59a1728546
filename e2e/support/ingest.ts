import { containsSecret } from "../../src/lib/monitoring/scrub";
import type { ReceivedBody } from "./ingest-server";
import { INGEST_URL } from "./stack-config";

/** Everything Sentry and PostHog were sent during the run so far. */
export async function receivedBodies(): Promise<ReceivedBody[]> {
  const response = await fetch(`${INGEST_URL}/__received`);
  return (await response.json()) as ReceivedBody[];
}

export type SentryEvent = {
  message?: string;
  level?: string;
  release?: string;
  tags?: Record<string, string>;
  user?: Record<string, unknown>;
  exception?: unknown;
};

/** The event items of every Sentry envelope (newline-delimited: header, then item header + payload pairs). */
export function sentryEvents(bodies: readonly ReceivedBody[]): SentryEvent[] {
  return bodies
    .filter((body) => body.kind === "sentry")
    .flatMap((body) => {
      const lines = body.text.split("\n").filter((line) => line.trim() !== "");
      const events: SentryEvent[] = [];
      for (let i = 1; i + 1 < lines.length; i += 2) {
        const header = JSON.parse(lines[i]!) as { type?: string };
        if (header.type === "event") events.push(JSON.parse(lines[i + 1]!) as SentryEvent);
      }
      return events;
    });
}

export type PostHogEvent = { event: string; properties: Record<string, unknown> };

export function posthogEvents(bodies: readonly ReceivedBody[]): PostHogEvent[] {
  return bodies
    .filter((body) => body.kind === "posthog" && body.method === "POST" && /^\s*[[{]/.test(body.text))
    .flatMap((body) => {
      const parsed = JSON.parse(body.text) as PostHogEvent | PostHogEvent[] | { batch: PostHogEvent[] };
      if (Array.isArray(parsed)) return parsed;
      return "batch" in parsed ? parsed.batch : [parsed];
    })
    .filter((event) => typeof event.event === "string");
}

/** Bodies (raw or decoded) with a key pattern in them, or any of `texts`, for a failure message. */
export function leaks(bodies: readonly ReceivedBody[], texts: readonly string[] = []): string[] {
  return bodies.flatMap((body) => {
    const raw = Buffer.from(body.raw, "base64").toString("utf8");
    const found: string[] = [];
    if (containsSecret(raw) || containsSecret(body.text)) found.push("a key pattern");
    for (const text of texts) if (raw.includes(text) || body.text.includes(text)) found.push(JSON.stringify(text));
    return found.length > 0 ? [`${body.kind} ${body.url}: ${found.join(", ")}`] : [];
  });
}

/** A CSP violation report as Sentry's security endpoint receives it, from report-uri or report-to. */
export type CspReport = {
  effectiveDirective: string;
  blockedUrl: string;
  disposition: string;
  sample: string;
  documentUrl: string;
};

type ReportUriBody = { "csp-report": Record<string, string | undefined> };
type ReportingApiBody = { type: string; body: Record<string, string | undefined> }[];

export function cspReports(bodies: readonly ReceivedBody[]): CspReport[] {
  return bodies
    .filter((body) => body.kind === "csp" && body.method === "POST")
    .flatMap((body) => {
      const parsed = JSON.parse(body.text) as ReportUriBody | ReportingApiBody;
      if (!Array.isArray(parsed)) {
        const r = parsed["csp-report"];
        return [
          {
            effectiveDirective: r["effective-directive"] ?? r["violated-directive"] ?? "",
            blockedUrl: r["blocked-uri"] ?? "",
            disposition: r.disposition ?? "",
            sample: r["script-sample"] ?? "",
            documentUrl: r["document-uri"] ?? "",
          },
        ];
      }
      return parsed
        .filter((report) => report.type === "csp-violation")
        .map(({ body: r }) => ({
          effectiveDirective: r.effectiveDirective ?? "",
          blockedUrl: r.blockedURL ?? "",
          disposition: r.disposition ?? "",
          sample: r.sample ?? "",
          documentUrl: r.documentURL ?? "",
        }));
    });
}
