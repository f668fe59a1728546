import { mkdirSync, openSync } from "node:fs";
import { chromium } from "@playwright/test";
import { startFlow } from "lighthouse";
import puppeteer from "puppeteer-core";
import { chromiumArgs, chromiumExecutable } from "../../e2e/support/chromium";
import { startOfflineApp, stopOfflineApp } from "../../e2e/support/offline-app";

const PORTS = { backend: 3330, issuer: 3331, llm: 3332, app: 4330 };
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
export type RouteScores = { route: string; scores: Record<(typeof CATEGORIES)[number], number> };

/**
 * Lighthouse (the `lighthouse` package driving the system Chromium through
 * puppeteer-core) on the built app served by `vite preview`: the sign-in
 * route signed out, then the chat route signed in (storage kept between the
 * two steps, as a person's browser keeps it). Mobile emulation, simulated
 * throttling: Lighthouse's defaults.
 */
export async function lighthouseFigures(): Promise<RouteScores[]> {
  mkdirSync("test-results", { recursive: true });
  const log = openSync("test-results/bench-lighthouse-stack.log", "w");
  const app = await startOfflineApp({ ports: PORTS, buildDir: "dist-lighthouse", log });
  const browser = await puppeteer.launch({ executablePath: chromiumExecutable() ?? chromium.executablePath(), args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    const flow = await startFlow(page, { config: { extends: "lighthouse:default", settings: { onlyCategories: [...CATEGORIES] } } });
    await flow.navigate(`${app.appUrl}/sign-in`, { name: "/sign-in" });
    await page.type('[data-testid="dev-signin-name"]', "Lighthouse");
    await page.click('[data-testid="dev-signin-submit"]');
    await page.waitForSelector('[data-testid="composer-input"]', { timeout: 30_000 });
    await flow.navigate(`${app.appUrl}/`, { name: "/ (chat)", disableStorageReset: true });
    const result = await flow.createFlowResult();
    return result.steps.map((step) => ({
      route: step.name,
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((step.lhr.categories[c]?.score ?? 0) * 100)])) as RouteScores["scores"],
    }));
  } finally {
    await browser.close();
    await stopOfflineApp(app.pgids);
  }
}
