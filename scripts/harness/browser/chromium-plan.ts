// Where `npm test` gets a browser, in order: Playwright's cache, the system's
// Chromium, `npx playwright install chromium`, Debian's package (as root),
// then a message saying what to run. Pure over injected probes, so each
// fall-through is unit-tested without touching the machine.

export type ChromiumProbes = {
  /** Playwright's own Chromium is in its cache (Playwright then finds it itself). */
  playwrightCacheHasChromium(): boolean;
  /** Path of a system Chromium, if one is installed. */
  systemChromium(): string | undefined;
  /** Runs `npx playwright install chromium`; true when it succeeded (false fast without a network). */
  playwrightInstall(): boolean;
  /** Debian (apt-get present) and running as root. */
  canAptInstall(): boolean;
  /** Runs `apt-get update` then `apt-get install -y chromium`; true when it succeeded. */
  aptInstall(): boolean;
};

export type ChromiumOutcome =
  | {
      found: true;
      source: "playwright-cache" | "system" | "playwright-install" | "apt";
      executablePath?: string;
      tried: string[];
    }
  | { found: false; tried: string[]; message: string };

export const NO_BROWSER_MESSAGE =
  "No Chromium for the browser tests. Run one of:\n" +
  "  npx playwright install --with-deps chromium   (needs a network that reaches Playwright's CDN)\n" +
  "  sudo apt-get update && sudo apt-get install -y chromium   (Debian/Ubuntu)\n" +
  "then `npm test` again.";

export function findOrGetChromium(probes: ChromiumProbes): ChromiumOutcome {
  const tried: string[] = [];
  const step = (name: string, ok: boolean) => (tried.push(`${name}: ${ok ? "yes" : "no"}`), ok);

  if (step("Playwright's cache", probes.playwrightCacheHasChromium()))
    return { found: true, source: "playwright-cache", tried };
  let executablePath = probes.systemChromium();
  if (step("system Chromium", executablePath !== undefined))
    return { found: true, source: "system", executablePath, tried };
  if (step("npx playwright install chromium", probes.playwrightInstall() && probes.playwrightCacheHasChromium())) {
    return { found: true, source: "playwright-install", tried };
  }
  const viaApt =
    probes.canAptInstall() && probes.aptInstall() && (executablePath = probes.systemChromium()) !== undefined;
  if (step("apt-get install -y chromium (Debian, as root)", viaApt))
    return { found: true, source: "apt", executablePath, tried };
  return { found: false, tried, message: NO_BROWSER_MESSAGE };
}
