import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { findOrGetChromium, NO_BROWSER_MESSAGE, type ChromiumOutcome, type ChromiumProbes } from "./chromium-plan";

const SYSTEM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
// A real download of Chromium takes a minute or two; without a network the installer fails in seconds.
const INSTALL_TIMEOUT_MS = 5 * 60_000;

function playwrightCacheHasChromium(): boolean {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  return existsSync(cache) && readdirSync(cache).some((d) => d.startsWith("chromium-"));
}
const systemChromium = () => SYSTEM_PATHS.find((path) => existsSync(path));

/**
 * The browser Playwright should launch: undefined when Playwright's own build
 * is in its cache (it finds that itself), else the system's Chromium. Only
 * looks; `ensureChromium` (run by `npm test` first) installs one if needed.
 */
export function chromiumExecutable(): string | undefined {
  if (playwrightCacheHasChromium()) return undefined;
  const path = systemChromium();
  if (path) return path;
  throw new Error(NO_BROWSER_MESSAGE);
}

const succeeds = (cmd: string, args: string[]) => {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, {
    stdio: "inherit",
    timeout: INSTALL_TIMEOUT_MS,
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  return result.status === 0;
};

const machineProbes: ChromiumProbes = {
  playwrightCacheHasChromium,
  systemChromium,
  playwrightInstall: () => succeeds("npx", ["playwright", "install", "chromium"]),
  canAptInstall: () =>
    existsSync("/etc/debian_version") &&
    process.getuid?.() === 0 &&
    spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0,
  aptInstall: () => succeeds("apt-get", ["update", "-qq"]) && succeeds("apt-get", ["install", "-y", "-qq", "chromium"]),
};

/** Finds a Chromium or gets one (see chromium-plan.ts for the order). */
export function ensureChromium(probes: ChromiumProbes = machineProbes): ChromiumOutcome {
  return findOrGetChromium(probes);
}

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
