import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { loadVerifier } from "./auth";
import { createEngine } from "./engine";
import { serveHttp } from "./http-api";
import { serveSyncSession } from "./sync-session";

export type LocalBackendOptions = {
  convexDir?: string;
  port?: number;
  host?: string;
  /** Convex function env vars (what `npx convex env set` sets in the cloud). */
  env?: Record<string, string>;
};

/**
 * A Convex-compatible backend for development and tests: our own `convex/`
 * functions on the convex-test engine, in memory, in one process, behind the
 * protocol the unmodified Convex clients speak. Production is Convex cloud.
 */
export async function startLocalBackend(options: LocalBackendOptions = {}) {
  // Functions read process.env, as they read deployment env vars in the cloud.
  Object.assign(process.env, options.env ?? {});
  const convexDir = options.convexDir ?? "convex";
  const engine = await createEngine(convexDir);
  const verify = await loadVerifier(convexDir);

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === "OPTIONS") return cors(res);
    serveHttp(req, res, engine, verify).catch((e: Error) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(`local backend error: ${e.message}`);
    });
  });
  const sockets = new WebSocketServer({ server, path: undefined });
  sockets.on("connection", (ws, req) => {
    if (!/^\/api\/[^/]+\/sync$/.test(req.url ?? "")) return ws.close(1008, "unknown path");
    serveSyncSession(ws, engine, verify);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    engine,
    async close() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function cors(res: ServerResponse) {
  res.writeHead(204, {
    "access-control-allow-origin": "*",
    "access-control-allow-headers": "authorization, content-type, convex-client",
    "access-control-allow-methods": "GET, POST, OPTIONS",
  });
  res.end();
}
