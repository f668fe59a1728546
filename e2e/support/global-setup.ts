import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdirSync, openSync, writeFileSync, writeSync } from "node:fs";
import { createInterface } from "node:readline";
import { stopStartedGroups } from "./global-teardown";
import { spawnGroup } from "./process-group";
import { APP_URL, BUILD_DIR, PORTS, STACK_LOG_FILE, STACK_STATE_FILE } from "./stack-config";

const VITE = "node_modules/vite/bin/vite.js";

/**
 * Starts what the browser tests talk to: the offline stack (local Convex
 * backend, dev issuer, LLM server) and the built app served by `vite
 * preview`, both as child process groups the teardown stops.
 */
export default async function globalSetup(): Promise<void> {
  // A run that crashed before its teardown may have left its stack behind.
  await stopStartedGroups({ onlyIfStillOurs: true });
  mkdirSync("test-results", { recursive: true });
  // Left open for the run: the stack keeps logging through it until the teardown.
  const log = openSync(STACK_LOG_FILE, "w");
  const started: number[] = [];
  const remember = (child: ChildProcess) => {
    started.push(child.pid!);
    writeFileSync(STACK_STATE_FILE, JSON.stringify({ pgids: started }));
  };

  try {
    const stack = spawnGroup(
      "npx",
      ["tsx", "scripts/offline-stack/main.ts", "--backend", `${PORTS.backend}`, "--issuer", `${PORTS.issuer}`, "--llm", `${PORTS.llm}`],
      { stdio: ["ignore", "pipe", log] },
    );
    remember(stack);
    const ready = await readyLine(stack, log, 90_000);

    await run(process.execPath, [VITE, "build", "--mode", "offline", "--outDir", BUILD_DIR, "--emptyOutDir", "--logLevel", "warn"], log, {
      VITE_CONVEX_URL: ready.convex,
      VITE_DEV_AUTH_URL: ready.issuer,
      VITE_CLERK_PUBLISHABLE_KEY: "",
    });

    const preview = spawnGroup(process.execPath, [VITE, "preview", "--outDir", BUILD_DIR, "--port", `${PORTS.app}`, "--strictPort", "--host", "127.0.0.1"], {
      stdio: ["ignore", log, log],
    });
    remember(preview);
    await waitForHttp(APP_URL, preview, 30_000);

    // Test workers start after this and inherit these.
    process.env.E2E_CONVEX_URL = ready.convex;
    process.env.E2E_ISSUER_URL = ready.issuer;
    process.env.E2E_LLM_URL = ready.llm;
  } catch (error) {
    await stopStartedGroups();
    throw new Error(`e2e stack failed to start (see ${STACK_LOG_FILE}): ${String(error)}`, { cause: error });
  }
}

type Ready = { convex: string; issuer: string; llm: string };

function readyLine(child: ChildProcess, log: number, timeoutMs: number): Promise<Ready> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no {"ready":…} line within ${timeoutMs} ms`)), timeoutMs);
    child.once("exit", (code) => reject(new Error(`offline stack exited with ${code} before it was ready (ports ${PORTS.backend}-${PORTS.llm} busy?)`)));
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      writeSync(log, `${line}\n`);
      if (!line.startsWith('{"ready"')) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { ready: Ready }).ready);
    });
  });
}

function run(command: string, args: string[], log: number, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", log, log], env: { ...process.env, ...env } });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.slice(0, 2).join(" ")} exited with ${code}`))));
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode} (port ${PORTS.app} busy?)`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
