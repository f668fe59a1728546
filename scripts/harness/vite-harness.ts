import path from "node:path";
import react from "@vitejs/plugin-react";
import { createServer } from "vite";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface HarnessServer {
  url: string;
  close(): Promise<void>;
}

/**
 * A Vite dev server for a small harness page (a folder with index.html) on a
 * free loopback port: the XSS suite and the render benchmark use the app's
 * real components through it. `headers` go on every response.
 */
export async function startViteHarness(
  harnessDir: string,
  { headers }: { headers?: Record<string, string> } = {},
): Promise<HarnessServer> {
  const server = await createServer({
    root: path.join(REPO_ROOT, harnessDir),
    configFile: false,
    plugins: [react()],
    resolve: { tsconfigPaths: true },
    logLevel: "warn",
    // Own cache, so this never races another dev server over node_modules/.vite.
    cacheDir: path.join(REPO_ROOT, "node_modules/.vite", path.basename(path.dirname(harnessDir)) + "-harness"),
    server: {
      port: 0,
      host: "127.0.0.1",
      fs: { allow: [REPO_ROOT] },
      // No HMR socket or file watcher: a teammate's edit must not reload the
      // page mid-run, and the socket would be one more thing to tell apart
      // from a leak.
      ws: false,
      watch: null,
      // E.g. the CSP that enforces Trusted Types, as production does.
      headers,
    },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("harness server did not bind a TCP port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
