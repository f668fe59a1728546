import { mkdirSync, openSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startFlow } from "lighthouse";
import puppeteer from "puppeteer-core";
import { chromiumArgs, chromiumExecutable } from "../harness/browser/chromium";
import { startOfflineApp, stopOfflineApp } from "../harness/offline-app";
import { benchStack, median } from "./bench-ports";

const STACK = benchStack(3330, 4330, "dist-lighthouse");
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const RUNS = 3;
type Scores = Record<(typeof CATEGORIES)[number], number>;
export type RouteScores = { route: string; scores: Scores; runs: Scores[]; lostBy: string[] };

/**
 * Lighthouse (the `lighthouse` package driving the system Chromium through
 * puppeteer-core) on the built app served by `vite preview`: the sign-in
 * route signed out, then the chat route signed in (storage kept between the
 * two steps, as a person's browser keeps it). Mobile emulation, simulated
 * throttling: Lighthouse's defaults. RUNS flows, each in a fresh browser;
 * every score is the median of the runs.
 */
export async function lighthouseFigures(runs = RUNS): Promise<RouteScores[]> {
  mkdirSync("test-results", { recursive: true });
  const log = openSync("test-results/bench-lighthouse-stack.log", "w");
  const app = await startOfflineApp({ ports: STACK.ports, buildDir: STACK.buildDir, log });
  try {
    const flows: Array<Awaited<ReturnType<typeof oneFlow>>> = [];
    for (let run = 0; run < runs; run++) flows.push(await oneFlow(app.appUrl, run));
    return flows[0]!.map((step, i) => {
      const perRun = flows.map((flow) => flow[i]!.scores);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((s) => s[c]))])) as Scores;
      return { route: step.route, scores, runs: perRun, lostBy: step.lostBy };
    });
  } finally {
    await stopOfflineApp(app.pgids);
  }
}

async function oneFlow(appUrl: string, run: number) {
  const browser = await puppeteer.launch({
    executablePath: chromiumExecutable() ?? chromium.executablePath(),
    args: chromiumArgs,
    headless: true,
  });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, {
      config: { extends: "lighthouse:default", settings: { onlyCategories: [...CATEGORIES] } },
    });
    await flow.navigate(`${appUrl}/sign-in`, { name: "/sign-in" });
    await page.type('[data-testid="dev-signin-name"]', `Lighthouse ${run}`);
    await page.click('[data-testid="dev-signin-submit"]');
    await page.waitForSelector('[data-testid="composer-input"]', { timeout: 30_000 });
    await flow.navigate(`${appUrl}/`, { name: "/ (chat)", disableStorageReset: true });
    const result = await flow.createFlowResult();
    writeFileSync(`test-results/bench-lighthouse-${run}.json`, JSON.stringify(result.steps.map((s) => s.lhr)));
    return result.steps.map((step) => ({
      route: step.name,
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((step.lhr.categories[c]?.score ?? 0) * 100)]),
      ) as Scores,
      lostBy: lostPoints(step.lhr),
    }));
  } finally {
    await browser.close();
  }
}

/** The performance metrics that cost points, worst first: "LCP 3.1 s (0.72)". */
function lostPoints(lhr: { audits: Record<string, { score: number | null; displayValue?: string }> }): string[] {
  const metrics = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
    "speed-index": "SI",
  } as const;
  return Object.entries(metrics)
    .map(([id, label]) => ({ label, audit: lhr.audits[id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9)
    .sort((a, b) => (a.audit!.score ?? 0) - (b.audit!.score ?? 0))
    .map(({ label, audit }) => `${label} ${audit!.displayValue ?? ""} (${audit!.score!.toFixed(2)})`);
}
