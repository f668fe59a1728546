import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { execute, isSupportedLanguage, type Execution } from "./execute.ts";
import { SandboxStore } from "./sandboxes.ts";

export type E2bServerOptions = {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only: the code it runs is NOT isolated. Anything else is refused. */
  host?: "127.0.0.1" | "::1" | "localhost";
  /** The only X-API-Key accepted on the API; default "e2b_offline_demo_key". */
  apiKey?: string;
  /** Hard cap on one execution, whatever the client's timeout (default 60 s). */
  maxRunMs?: number;
  /** Address-space cap for each Python process; Node gets a heap cap of the same size (default 512 MiB). */
  memoryBytes?: number;
};

export type RunningE2bServer = {
  /** Both E2B_API_URL and E2B_SANDBOX_URL: one server answers the API and every sandbox. */
  url: string;
  apiKey: string;
  sandboxes: SandboxStore;
  close(): Promise<void>;
};

export const OFFLINE_E2B_API_KEY = "e2b_offline_demo_key";

/**
 * A local stand-in for E2B that the real `@e2b/code-interpreter` SDK talks to
 * (through `apiUrl`/`sandboxUrl` or E2B_API_URL/E2B_SANDBOX_URL): the sandbox
 * API (create, connect, timeout, info, kill) and the code interpreter's
 * streaming `/execute`. NOT a sandbox: see README.md.
 */
export async function startE2bServer(options: E2bServerOptions = {}): Promise<RunningE2bServer> {
  const host = options.host ?? "127.0.0.1";
  if (!["127.0.0.1", "::1", "localhost"].includes(host)) throw new Error("The E2B stand-in listens on loopback only.");
  const apiKey = options.apiKey ?? OFFLINE_E2B_API_KEY;
  const running = new Map<string, Set<Execution>>();
  const sandboxes = new SandboxStore((id) => {
    for (const execution of running.get(id) ?? []) execution.stop("sandbox gone");
    running.delete(id);
  });
  const limits = { memoryBytes: options.memoryBytes ?? 512 * 1_048_576 };
  const maxRunMs = options.maxRunMs ?? 60_000;
  const faults = { vanishOnNextExecute: 0 };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => json(res, 500, { code: 500, message: String(error) }));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://stand-in");
    const path = url.pathname;
    const method = req.method ?? "GET";

    // Sandbox side (envd + Jupyter): the SDK names the sandbox in a header.
    const sandboxId = String(req.headers["e2b-sandbox-id"] ?? "");
    if (path === "/health")
      return sandboxes.get(sandboxId) ? json(res, 200, {}) : json(res, 502, { message: "sandbox not running" });
    if (path === "/execute" && method === "POST") {
      if (faults.vanishOnNextExecute > 0 && sandboxes.get(sandboxId)) {
        faults.vanishOnNextExecute -= 1;
        sandboxes.kill(sandboxId);
      }
      if (!sandboxes.get(sandboxId)) return text(res, 404, `The sandbox ${sandboxId} was not found`);
      const body = (await readJson(req)) as { code?: unknown; language?: unknown };
      const language = typeof body.language === "string" ? body.language : "python";
      if (typeof body.code !== "string") return text(res, 400, "code is required");
      if (!isSupportedLanguage(language))
        return text(res, 400, `The stand-in runs python, javascript and typescript, not ${language}`);
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      res.flushHeaders();
      const set = running.get(sandboxId) ?? new Set<Execution>();
      running.set(sandboxId, set);
      const one = execute(res, { language, code: body.code, maxRunMs, limits }, () => set.delete(one));
      set.add(one);
      return;
    }

    // Test control (not E2B's API): expire sandboxes before their timeout.
    if (path === "/__control/expire" && method === "POST")
      return json(res, 200, { expired: sandboxes.expire(url.searchParams.get("id") ?? undefined) });
    // The sandbox vanishes just as the next run reaches it (after a successful connect).
    if (path === "/__control/vanish-on-next-execute" && method === "POST")
      return json(res, 200, { armed: ++faults.vanishOnNextExecute });
    if (path === "/__control/sandboxes" && method === "GET")
      return json(
        res,
        200,
        sandboxes.list().map(({ id, endAt }) => ({ id, endAt })),
      );

    // The API: X-API-Key required, as E2B's.
    if (req.headers["x-api-key"] !== apiKey) return json(res, 401, { code: 401, message: "Invalid API key" });
    const route = /^\/(v2\/)?sandboxes(?:\/([^/]+))?(?:\/(connect|timeout))?$/.exec(path);
    if (!route) return json(res, 404, { code: 404, message: `No route ${method} ${path}` });
    const [, , id, action] = route;
    const body = method === "POST" ? ((await readJson(req)) as { templateID?: string; timeout?: number }) : {};

    if (!id && method === "POST") {
      const sandbox = sandboxes.create(body.templateID ?? "code-interpreter-v1", body.timeout);
      return json(res, 201, describe(sandbox.id, sandbox.templateId));
    }
    const sandbox = id ? sandboxes.get(id) : undefined;
    if (!id || !sandbox) return json(res, 404, { code: 404, message: `Sandbox ${id} not found` });
    if (action === "connect" && method === "POST") {
      // Connecting never shortens a running sandbox's life.
      const wanted = body.timeout ?? 300;
      if (Date.now() + wanted * 1000 > sandbox.endAt) sandboxes.setTimeout(sandbox.id, wanted);
      return json(res, 200, describe(sandbox.id, sandbox.templateId));
    }
    if (action === "timeout" && method === "POST") {
      sandboxes.setTimeout(sandbox.id, Number(body.timeout ?? 0));
      return void res.writeHead(204).end();
    }
    if (!action && method === "DELETE") {
      sandboxes.kill(sandbox.id);
      return void res.writeHead(204).end();
    }
    if (!action && method === "GET") {
      return json(res, 200, {
        ...describe(sandbox.id, sandbox.templateId),
        startedAt: new Date(sandbox.startedAt).toISOString(),
        endAt: new Date(sandbox.endAt).toISOString(),
        state: "running",
        cpuCount: 2,
        memoryMB: 512,
        metadata: {},
      });
    }
    return json(res, 405, { code: 405, message: `${method} not allowed on ${path}` });
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    apiKey,
    sandboxes,
    close: () =>
      new Promise<void>((resolve) => {
        sandboxes.killAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function describe(id: string, templateId: string) {
  return { sandboxID: id, templateID: templateId, clientID: "offline", envdVersion: "0.2.0", domain: null };
}

function json(res: ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

function text(res: ServerResponse, status: number, body: string) {
  res.writeHead(status, { "content-type": "text/plain" }).end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = "";
  for await (const chunk of req as AsyncIterable<Buffer>) {
    raw += chunk.toString("utf8");
    if (raw.length > 1_000_000) throw new Error("request body over 1 MB");
  }
  try {
    return raw.trim() ? (JSON.parse(raw) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
