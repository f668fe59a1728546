import { mkdirSync, openSync, rmSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumArgs, chromiumExecutable } from "../harness/browser/chromium";
import { startOfflineApp, stopOfflineApp, type OfflineApp } from "../harness/offline-app";
import { benchStack, median } from "./bench-ports";

// Own ports and build dir, so the benchmark can run while the e2e stack (33xx/4310) is up.
const { ports: PORTS, buildDir: BUILD_DIR } = benchStack(3320, 4320, "dist-bench");
const ROUNDS = 11;
const PROMPT = "What does the response cache save?";

export type Round = {
  ms: number;
  pageRequests: number;
  pageSocketSends: number;
  wireFrames: number;
  wireRequests: number;
};

/**
 * Installed before the app: records every request and WebSocket send the page
 * makes (with performance.now()), and arms a timer from the Enter keydown
 * (capture phase, before the composer sees it) to the first element matching
 * a selector in the DOM (a MutationObserver callback, i.e. right after
 * React's commit; a reply's data-status change counts as a mutation).
 * Plain JavaScript text: a function passed from here would carry tsx's
 * helpers (`__name`) into the page.
 */
export const INSTRUMENT = `
  window.__net = [];
  const note = (kind) => window.__net.push({ kind, at: performance.now() });
  const pageFetch = window.fetch;
  window.fetch = (...args) => (note("fetch"), pageFetch(...args));
  const xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) { note("xhr"); return xhrSend.apply(this, args); };
  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (...args) => (note("beacon"), beacon(...args));
  const wsSend = WebSocket.prototype.send;
  WebSocket.prototype.send = function (...args) { note("ws"); return wsSend.apply(this, args); };
  window.__armReplyTimer = (selector) => {
    window.__replyTiming = new Promise((resolve) => {
      let pressedAt = null;
      const onKey = (event) => {
        if (event.key !== "Enter" || pressedAt !== null) return;
        // The harness's own binding call first, so its cost is not inside the measured span (Enter → badge).
        window.__enterPressed?.();
        if (window.__profileHits) console.profile("hit");
        pressedAt = performance.now();
      };
      document.addEventListener("keydown", onKey, { capture: true });
      const observer = new MutationObserver(() => {
        if (pressedAt === null || !document.querySelector(selector)) return;
        const shownAt = performance.now();
        if (window.__profileHits) console.profileEnd("hit");
        observer.disconnect();
        document.removeEventListener("keydown", onKey, { capture: true });
        window.__cachedShown?.();
        const between = window.__net.filter((entry) => entry.at >= pressedAt && entry.at <= shownAt);
        resolve({
          ms: shownAt - pressedAt,
          pageRequests: between.filter((entry) => entry.kind !== "ws").length,
          pageSocketSends: between.filter((entry) => entry.kind === "ws").length,
        });
      });
      observer.observe(document.body, { childList: true, subtree: true, attributeFilter: ["data-status"] });
    });
  };
`;

type PageTiming = { ms: number; pageRequests: number; pageSocketSends: number };

/** Arms the page's timer for `selector`, presses Enter in the composer and waits until the selector matches. */
export async function timeEnterUntil(
  page: Page,
  selector: string,
  beforeEnter?: () => Promise<void>,
): Promise<PageTiming> {
  await page.evaluate(`window.__armReplyTimer(${JSON.stringify(selector)})`);
  await beforeEnter?.();
  await page.getByTestId("composer-input").press("Enter");
  return (await page.evaluate("window.__replyTiming")) as PageTiming;
}

export async function signIn(page: Page, appUrl: string, name = `bench cache ${Date.now().toString(36)}`) {
  await page.goto(`${appUrl}/sign-in`);
  await page.getByTestId("dev-signin-name").fill(name);
  // Each hit is a verified server copy that counts toward the per-minute limit and creates a
  // conversation: 12 in a minute needs a tier above free's 5.
  await page.getByTestId("dev-signin-tier").selectOption("enterprise");
  await page.getByTestId("dev-signin-submit").click();
  await page.getByTestId("current-user").waitFor();
}

/** Hooks around each timed Enter (the profiler starts and stops there). */
export type RoundHooks = { beforeEnter?: () => Promise<void>; afterShown?: () => Promise<void> };

/**
 * Installs the instrumentation (before the app loads), signs in, fills the
 * cache with one answer, then asks the same prompt again in a new
 * conversation `rounds` times, timing Enter → cached reply on screen.
 */
export async function measureCacheHits(
  page: Page,
  appUrl: string,
  rounds: number,
  hooks: RoundHooks = {},
): Promise<Round[]> {
  // Node's view of the wire, ordered by arrival with the page's two marks.
  const wire: Array<"enter" | "shown" | "frame" | "request"> = [];
  await page.exposeFunction("__enterPressed", () => void wire.push("enter"));
  await page.exposeFunction("__cachedShown", () => void wire.push("shown"));
  page.on("request", () => void wire.push("request"));
  page.on("websocket", (socket) => socket.on("framesent", () => void wire.push("frame")));
  await page.addInitScript({ content: INSTRUMENT });
  await signIn(page, appUrl);

  // The first answer fills the cache; every round then asks again in a new conversation.
  await page.getByTestId("composer-input").fill(PROMPT);
  await page.getByTestId("composer-input").press("Enter");
  await page.locator('[data-testid="message"][data-role="assistant"][data-status="done"]').waitFor();

  const measured: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    await page.getByTestId("new-conversation").click();
    await page.getByTestId("thread-empty").waitFor();
    await page.getByTestId("composer-input").fill(PROMPT);
    await page.waitForTimeout(300); // let the draft's storage write and any pending sync settle
    const timing = await timeEnterUntil(page, '[data-testid="cached-badge"]', async () => {
      wire.length = 0;
      await hooks.beforeEnter?.();
    });
    await hooks.afterShown?.();
    await page.waitForURL(/\/c\/[^/]+$/);
    const between = wire.slice(wire.indexOf("enter") + 1, wire.indexOf("shown"));
    measured.push({
      ...timing,
      wireFrames: between.filter((e) => e === "frame").length,
      wireRequests: between.filter((e) => e === "request").length,
    });
  }
  return measured;
}

/**
 * The offline app built and served on the bench's own ports, with Chromium,
 * for the browser figures (P5, then P7 on screen): one build for both.
 */
export async function withBenchApp<T>(work: (browser: Browser, app: OfflineApp) => Promise<T>): Promise<T> {
  mkdirSync("test-results", { recursive: true });
  const log = openSync("test-results/bench-cache-stack.log", "w");
  const app = await startOfflineApp({ ports: PORTS, buildDir: BUILD_DIR, log });
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
  try {
    return await work(browser, app);
  } finally {
    await browser.close();
    await stopOfflineApp(app.pgids);
    rmSync(BUILD_DIR, { recursive: true, force: true });
  }
}

/** P5: a cache hit is in the DOM within 3 ms of Enter, with nothing sent on the network before it. */
export async function cacheFigures(browser: Browser, app: OfflineApp) {
  const measured = (await measureCacheHits(await browser.newPage(), app.appUrl, ROUNDS)).slice(1); // the first round warms up
  return {
    rounds: measured.length,
    medianMs: median(measured.map((r) => r.ms)),
    maxMs: Math.max(...measured.map((r) => r.ms)),
    sentBeforeShown: Math.max(
      ...measured.map((r) => r.pageRequests + r.pageSocketSends + r.wireFrames + r.wireRequests),
    ),
  };
}
