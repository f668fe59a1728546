import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { FaultStore } from "./faults.ts";
import type { ServerState } from "./provider-handler.ts";
import { RequestLog } from "./request-log.ts";
import { createRequestListener } from "./router.ts";

export interface LlmServerOptions {
  /** 0 (the default) picks a free port; read the bound one from the result. */
  port?: number;
  /** Defaults to loopback: this is a dev/test harness and must not be reachable from the network. */
  host?: string;
}

export interface RunningLlmServer {
  /** e.g. "http://127.0.0.1:3212" (no trailing slash). */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the offline OpenAI-compatible server. All state (faults, request log) lives in memory. */
export async function startLlmServer(options: LlmServerOptions = {}): Promise<RunningLlmServer> {
  const host = options.host ?? "127.0.0.1";
  let completions = 0;
  const state: ServerState = {
    faults: new FaultStore(),
    log: new RequestLog(),
    nextId: () => `chatcmpl-offline-${++completions}`,
  };
  // noDelay: each streamed token should leave at once, so token pacing is measurable.
  const server = createServer({ noDelay: true }, createRequestListener(state));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // SDK clients keep connections alive and streams may be mid-delay; cut them so close() returns promptly.
        server.closeAllConnections();
      }),
  };
}
