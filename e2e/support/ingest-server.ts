import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { gunzipSync } from "node:zlib";

/**
 * A stand-in for Sentry's and PostHog's ingestion on loopback, for the e2e
 * suite: it accepts Sentry envelopes (POST /api/<project>/envelope/) and
 * PostHog captures (/e/, /i/v0/e/, /batch/, /capture/, /s/…), answers
 * PostHog's config and flags calls with empty but valid JSON, keeps every
 * request body raw (base64) and decoded (gzip, PostHog's base64 form
 * bodies), and lists them at GET /__received (DELETE clears).
 */

type IngestKind = "sentry" | "csp" | "posthog" | "other";

export type ReceivedBody = {
  kind: IngestKind;
  method: string;
  /** Path and query, as received. */
  url: string;
  contentType: string | null;
  at: number;
  /** The body exactly as sent, base64. */
  raw: string;
  /** The body decoded to text: gunzipped, or PostHog's `data=<base64>` unwrapped. */
  text: string;
};

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, OPTIONS",
  "access-control-allow-headers": "*",
  "access-control-max-age": "600",
};

function kindOf(pathname: string): IngestKind {
  if (/^\/api\/[^/]+\/(envelope|store)\/?$/.test(pathname)) return "sentry";
  // Sentry's CSP endpoint: report-uri (application/csp-report) and report-to (application/reports+json).
  if (/^\/api\/[^/]+\/security\/?$/.test(pathname)) return "csp";
  if (/^\/(e|i\/v0\/e|batch|capture|track|engage|s|decide|flags|array\/[^/]+\/config(\.js)?)\/?/.test(pathname))
    return "posthog";
  return "other";
}

function decodeBody(body: Buffer, contentType: string | null): string {
  const bytes = body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b ? gunzipSync(body) : body;
  const text = bytes.toString("utf8");
  // posthog-js's beacon/base64 transport: `data=<urlencoded base64 of the JSON>`.
  if ((contentType ?? "").includes("application/x-www-form-urlencoded") && text.startsWith("data=")) {
    const value = new URLSearchParams(text).get("data") ?? "";
    return Buffer.from(value, "base64").toString("utf8");
  }
  return text;
}

function replyFor(pathname: string): unknown {
  if (kindOf(pathname) === "sentry" || kindOf(pathname) === "csp") return {};
  if (/^\/(decide|flags)/.test(pathname))
    return { featureFlags: {}, featureFlagPayloads: {}, flags: {}, errorsWhileComputingFlags: false };
  if (pathname.startsWith("/array/")) return {};
  return { status: 1 };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...CORS, "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function createIngestServer(): { server: Server; received: ReceivedBody[] } {
  const received: ReceivedBody[] = [];
  const server = createServer((req, res) => {
    const method = req.method ?? "GET";
    const url = req.url ?? "/";
    const { pathname } = new URL(url, "http://localhost");
    if (method === "OPTIONS") return void res.writeHead(204, CORS).end();
    if (pathname === "/__received") {
      if (method === "DELETE") received.length = 0;
      return send(res, 200, method === "DELETE" ? { cleared: true } : received);
    }
    readBody(req).then(
      (body) => {
        const contentType = req.headers["content-type"] ?? null;
        let text: string;
        try {
          text = decodeBody(body, contentType);
        } catch (error) {
          text = `[undecodable: ${String(error)}]`;
        }
        if (body.length > 0 || method === "POST") {
          received.push({
            kind: kindOf(pathname),
            method,
            url,
            contentType,
            at: Date.now(),
            raw: body.toString("base64"),
            text,
          });
        }
        send(res, 200, replyFor(pathname));
      },
      () => send(res, 400, { error: "unreadable body" }),
    );
  });
  return { server, received };
}

// On globalThis: Playwright may load the setup and teardown files as separate module instances.
const HANDLE = Symbol.for("guarded-chat.e2e.ingest-server");
type Holder = { [HANDLE]?: Server };

export async function startIngestServer(port: number): Promise<void> {
  const { server } = createIngestServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error) => reject(new Error(`ingest server could not listen on ${port}: ${String(error)}`)));
    server.listen(port, "127.0.0.1", resolve);
  });
  server.unref(); // never what keeps the test runner alive
  (globalThis as Holder)[HANDLE] = server;
}

export async function stopIngestServer(): Promise<void> {
  const server = (globalThis as Holder)[HANDLE];
  delete (globalThis as Holder)[HANDLE];
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
