import type { Page } from "@playwright/test";
import type { HarnessWindow, TrapHit } from "./harness/harness-api";

// Runs in every frame before any page script (page.addInitScript), so it must
// be self-contained. Payloads mostly call alert/confirm/prompt; print and open
// are trapped too. Hits go to the top frame when it is reachable, so a frame a
// payload managed to create still reports into the one list the spec reads.
function installTrap(): void {
  type TrapWindow = Window & { __xssHits?: TrapHit[] };
  const hitList = (): TrapHit[] => {
    try {
      const top = window.top as TrapWindow | null;
      if (top) return (top.__xssHits ??= []);
    } catch {
      // Cross-origin top: fall through to this frame's own list.
    }
    return ((window as TrapWindow).__xssHits ??= []);
  };
  for (const name of ["alert", "confirm", "prompt", "print", "open"] as const) {
    Object.defineProperty(window, name, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        hitList().push({ name, firstArgument: String(args[0]).slice(0, 120), frameUrl: location.href });
        return null;
      },
    });
  }
}

/** Something that happened in the page that only an executed payload, or a leak, explains. */
export interface Signal {
  kind: "trapped call" | "dialog" | "popup" | "navigation" | "request" | "page error";
  detail: string;
}

export interface XssMonitor {
  /** Call once the harness has loaded: from then on every request and navigation is a signal. */
  arm(): void;
  /** Signals since the last drain, including trapped calls recorded in the page. */
  drain(): Promise<Signal[]>;
}

/**
 * What counts: any trapped call, real dialog or popup; after start-up, any
 * frame navigation (payloads may not create frames or move the page) and any
 * request at all (the output may fetch nothing: images are off by default).
 * Requests to other origins are always aborted, so nothing leaves loopback.
 */
export async function monitorPage(page: Page, harnessOrigin: string): Promise<XssMonitor> {
  const signals: Signal[] = [];
  let armed = false;

  await page.addInitScript(installTrap);
  page.on("dialog", (dialog) => {
    signals.push({ kind: "dialog", detail: `${dialog.type()}: ${dialog.message()}` });
    void dialog.dismiss();
  });
  page.on("popup", (popup) => signals.push({ kind: "popup", detail: popup.url() }));
  page.on("pageerror", (error) => signals.push({ kind: "page error", detail: error.message }));
  page.on("framenavigated", (frame) => {
    if (armed) signals.push({ kind: "navigation", detail: frame.url() });
  });
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (armed) signals.push({ kind: "request", detail: url });
    if (!armed && new URL(url).origin === harnessOrigin) await route.continue();
    else await route.abort("blockedbyclient");
  });

  return {
    arm: () => (armed = true),
    drain: async () => {
      const hits = await page.evaluate(() => {
        const harness = window as unknown as HarnessWindow;
        return harness.__xssHits?.splice(0) ?? [];
      });
      const trapped = hits.map((hit): Signal => ({
        kind: "trapped call",
        detail: `${hit.name}(${hit.firstArgument}) in ${hit.frameUrl}`,
      }));
      return [...signals.splice(0), ...trapped];
    },
  };
}
