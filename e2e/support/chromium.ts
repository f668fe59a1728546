import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

// Playwright's own Chromium when `npx playwright install` has put one in its
// cache; otherwise the Debian package. This machine cannot download browsers.
export function chromiumExecutable(): string | undefined {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  if (existsSync(cache)) {
    const own = readdirSync(cache).find((d) => d.startsWith("chromium-"));
    if (own) return undefined; // Playwright finds its own build.
  }
  for (const path of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (existsSync(path)) return path;
  }
  throw new Error("No Chromium found: run `apt-get install -y chromium` (or `npx playwright install chromium`).");
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
