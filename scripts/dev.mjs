// `npm run dev`: Convex cloud + Vite when a deployment is configured, else the
// offline stack (local backend, local LLM server, dev issuer) + Vite.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { byokDevEnv } from "./harness/byok-dev-env.mjs";

const children = [];
// Each child leads its own process group, and shutdown signals the group:
// `npx` and friends do not pass signals on to what they started.
function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, ...env },
    detached: true,
  });
  children.push(child);
  child.on("exit", (code) => shutdown(code ?? 0));
  return child;
}
let down = false;
function shutdown(code) {
  if (down) return;
  down = true;
  for (const child of children) {
    if (child.exitCode !== null) continue;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
  }
  setTimeout(() => process.exit(code), 300);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));

const envLocal = existsSync(".env.local") ? readFileSync(".env.local", "utf8") : "";
const cloud = process.env.CONVEX_DEPLOYMENT || /^CONVEX_DEPLOYMENT=\S+/m.test(envLocal);

if (cloud) {
  console.log("Convex deployment configured: running `convex dev` and Vite.");
  run("npx", ["convex", "dev"]).stdout.pipe(process.stdout);
  run("npx", ["vite"]).stdout.pipe(process.stdout);
} else {
  console.log(
    "No Convex deployment configured: starting the OFFLINE stack (local backend, local LLM server, dev sign-in).",
  );
  const stack = run("node", [
    "--import",
    "tsx",
    "scripts/harness/offline-stack/main.ts",
    "--backend",
    "3210",
    "--issuer",
    "3211",
    "--llm",
    "3212",
  ]);
  const lines = createInterface({ input: stack.stdout });
  lines.on("line", (line) => {
    if (!line.startsWith('{"ready"')) return console.log(line);
    const { ready } = JSON.parse(line);
    console.log(`Offline stack ready: Convex ${ready.convex}, LLM ${ready.llm}, dev issuer ${ready.issuer}`);
    // Settings live-checks an own key from the browser: against the local LLM server here, as the e2e stack does.
    const vite = run("npx", ["vite", "--port", "5173"], {
      VITE_CONVEX_URL: ready.convex,
      VITE_DEV_AUTH_URL: ready.issuer,
      ...byokDevEnv(ready.llm),
    });
    vite.stdout.pipe(process.stdout);
    console.log("Open http://localhost:5173 — Ctrl-C stops everything.");
  });
}
