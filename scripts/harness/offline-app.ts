import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { offlineVercelConfig, type OfflineHosts } from "./vercel/offline-vercel-config";
import { spawnGroup, stopGroup } from "./process-group";
import { STACK_ENV } from "./stack-env";

const VITE = "node_modules/vite/bin/vite.js";

export type StackUrls = { convex: string; issuer: string; llm: string };

export type OfflineAppOptions = {
  ports: { backend: number; issuer: number; llm: number; app: number };
  /** Where `vite build --mode offline` writes the app. */
  buildDir: string;
  /** File descriptor every child logs to. */
  log: number;
  /** Extra Vite env for the build, given the stack's URLs (monitoring DSNs, BYOK base URLs…). */
  buildEnv?: (urls: StackUrls) => Record<string, string>;
  /** Called with each process group as it starts, so a caller can record it before anything else can fail. */
  onStarted?: (child: ChildProcess) => void;
  /**
   * Serve the build like Vercel with the repo's vercel.json (CSP, Trusted
   * Types, every header), its production hosts swapped for these stand-ins;
   * without it, `vite preview` serves the build with no headers.
   */
  vercelHeaders?: (urls: StackUrls) => Omit<OfflineHosts, "convex" | "issuer" | "llm">;
};

export type OfflineApp = { urls: StackUrls; appUrl: string; pgids: number[] };

/**
 * The browser-facing app on the offline stack, as the e2e suite and the
 * benchmarks use it: local Convex backend + dev issuer + LLM server (one
 * process group), `vite build --mode offline` against them, and `vite
 * preview` serving the build. Stop with stopOfflineApp (process groups).
 */
export async function startOfflineApp({
  ports,
  buildDir,
  log,
  buildEnv,
  onStarted,
  vercelHeaders,
}: OfflineAppOptions): Promise<OfflineApp> {
  const pgids: number[] = [];
  const started = (child: ChildProcess) => {
    pgids.push(child.pid!);
    onStarted?.(child);
  };
  try {
    const stack = spawnGroup(
      "npx",
      [
        "tsx",
        "scripts/harness/offline-stack/main.ts",
        "--backend",
        `${ports.backend}`,
        "--issuer",
        `${ports.issuer}`,
        "--llm",
        `${ports.llm}`,
      ],
      { stdio: ["ignore", "pipe", log], env: { ...process.env, ...STACK_ENV } },
    );
    started(stack);
    const urls = await readyLine(stack, log, 90_000, ports);

    await run(
      process.execPath,
      [VITE, "build", "--mode", "offline", "--outDir", buildDir, "--emptyOutDir", "--logLevel", "warn"],
      log,
      {
        VITE_CONVEX_URL: urls.convex,
        VITE_DEV_AUTH_URL: urls.issuer,
        VITE_CLERK_PUBLISHABLE_KEY: "",
        ...buildEnv?.(urls),
      },
    );

    const preview = vercelHeaders
      ? serveLikeVercel(buildDir, ports.app, { ...urls, ...vercelHeaders(urls) }, log)
      : spawnGroup(
          process.execPath,
          [VITE, "preview", "--outDir", buildDir, "--port", `${ports.app}`, "--strictPort", "--host", "127.0.0.1"],
          { stdio: ["ignore", log, log] },
        );
    started(preview);
    const appUrl = `http://127.0.0.1:${ports.app}`;
    await waitForHttp(appUrl, preview, 30_000, ports.app);
    return { urls, appUrl, pgids };
  } catch (error) {
    await stopOfflineApp(pgids);
    throw error;
  }
}

function serveLikeVercel(buildDir: string, port: number, hosts: OfflineHosts, log: number): ChildProcess {
  const configFile = join(mkdtempSync(join(tmpdir(), "offline-vercel-")), "vercel.json");
  writeFileSync(configFile, JSON.stringify(offlineVercelConfig(hosts), null, 2));
  return spawnGroup(
    "npx",
    [
      "tsx",
      "scripts/harness/vercel/serve-like-vercel.ts",
      "--dir",
      buildDir,
      "--port",
      `${port}`,
      "--config",
      configFile,
    ],
    {
      stdio: ["ignore", log, log],
    },
  );
}

/** Newest first: the app server before the backend it talks to. */
export async function stopOfflineApp(pgids: readonly number[]): Promise<void> {
  for (const pgid of [...pgids].reverse()) await stopGroup(pgid);
}

function readyLine(
  child: ChildProcess,
  log: number,
  timeoutMs: number,
  ports: OfflineAppOptions["ports"],
): Promise<StackUrls> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no {"ready":…} line within ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code) =>
      reject(
        new Error(`offline stack exited with ${code} before it was ready (ports ${ports.backend}-${ports.llm} busy?)`),
      ),
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      writeSync(log, `${line}\n`);
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { ready: StackUrls }).ready);
    });
  });
}

function run(command: string, args: string[], log: number, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", log, log], env: { ...process.env, ...env } });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.slice(0, 2).join(" ")} exited with ${code}`)),
    );
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number, port: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode} (port ${port} busy?)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
