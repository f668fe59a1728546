import { describe, expect, it } from "vitest";
import { findOrGetChromium, type ChromiumProbes } from "./chromium-plan";

/** A machine described by what it has; records which probes ran, in order. */
function machine(has: {
  cache?: boolean;
  system?: boolean;
  download?: boolean;
  debianRoot?: boolean;
  aptWorks?: boolean;
}) {
  const calls: string[] = [];
  const state = { cache: has.cache ?? false, system: has.system ?? false };
  const probes: ChromiumProbes = {
    playwrightCacheHasChromium: () => (calls.push("cache"), state.cache),
    systemChromium: () => (calls.push("system"), state.system ? "/usr/bin/chromium" : undefined),
    playwrightInstall: () => (calls.push("playwright-install"), (state.cache = has.download ?? false)),
    canAptInstall: () => (calls.push("can-apt"), has.debianRoot ?? false),
    aptInstall: () => (calls.push("apt"), (state.system = has.aptWorks ?? false)),
  };
  return { probes, calls };
}

describe("findOrGetChromium", () => {
  it("uses Playwright's cache first and installs nothing", () => {
    const { probes, calls } = machine({ cache: true, system: true });
    expect(findOrGetChromium(probes)).toMatchObject({ found: true, source: "playwright-cache" });
    expect(calls).toEqual(["cache"]);
  });

  it("uses the system's Chromium when the cache is empty, without downloading", () => {
    const { probes, calls } = machine({ system: true });
    expect(findOrGetChromium(probes)).toMatchObject({
      found: true,
      source: "system",
      executablePath: "/usr/bin/chromium",
    });
    expect(calls).not.toContain("playwright-install");
  });

  it("downloads Playwright's build when there is no browser and the network allows it", () => {
    const { probes, calls } = machine({ download: true, debianRoot: true, aptWorks: true });
    expect(findOrGetChromium(probes)).toMatchObject({ found: true, source: "playwright-install" });
    expect(calls).not.toContain("apt");
  });

  it("falls through a failed download to Debian's package, as root", () => {
    const { probes, calls } = machine({ download: false, debianRoot: true, aptWorks: true });
    expect(findOrGetChromium(probes)).toMatchObject({
      found: true,
      source: "apt",
      executablePath: "/usr/bin/chromium",
    });
    expect(calls.indexOf("playwright-install")).toBeLessThan(calls.indexOf("apt"));
  });

  it("does not run apt-get when it is not Debian or not root, and says what to run", () => {
    const { probes, calls } = machine({ debianRoot: false, aptWorks: true });
    const outcome = findOrGetChromium(probes);
    expect(outcome.found).toBe(false);
    expect(calls).not.toContain("apt");
    if (!outcome.found) {
      expect(outcome.message).toMatch(/npx playwright install/);
      expect(outcome.message).toMatch(/apt-get install -y chromium/);
      expect(outcome.tried).toHaveLength(4);
    }
  });

  it("reports failure when apt-get ran but left no browser", () => {
    const { probes } = machine({ debianRoot: true, aptWorks: false });
    expect(findOrGetChromium(probes)).toMatchObject({ found: false });
  });

  it("does not trust an installer that exits 0 without a browser in the cache", () => {
    const { probes } = machine({ debianRoot: false });
    probes.playwrightInstall = () => true;
    expect(findOrGetChromium(probes)).toMatchObject({ found: false });
  });
});
