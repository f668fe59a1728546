import type { Browser } from "@playwright/test";
import { receivedRequests } from "../harness/llm-server/control";
import type { OfflineApp } from "../harness/offline-app";
import { median } from "./bench-ports";
import { INSTRUMENT, signIn, timeEnterUntil } from "./cache-figures";

// P7 on screen (issue 14): Enter → the finished reply visible in Chromium on
// the offline app, answered by the server cache vs by a fresh generation.
// Every send is a user's first in a new browser context (a new device: empty
// browser cache, cold page), so the two differ only in who answers: each round
// one context asks a new prompt (fresh), then another asks it again (server hit).
// The ratio is the median of the rounds' ratios: each pair runs back to back, so
// a load spike on the shared machine moves both sides of one pair.

const ROUNDS = 9;
const DONE_REPLY = '[data-testid="message"][data-role="assistant"][data-status="done"]';

export async function serverHitOnScreenFigures(browser: Browser, app: OfflineApp) {
  const user = `bench server cache ${Date.now().toString(36)}`;
  const providerRequests = async () => (await receivedRequests(app.urls.llm)).length;
  /** Signs in on a new device, sends `prompt` and times Enter → its reply done on screen; returns the reply's tier too. */
  const askOnNewDevice = async (prompt: string) => {
    const device = await browser.newContext();
    try {
      const page = await device.newPage();
      await page.addInitScript({ content: INSTRUMENT });
      await signIn(page, app.appUrl, user);
      await page.getByTestId("thread-empty").waitFor();
      await page.getByTestId("composer-input").fill(prompt);
      await page.waitForTimeout(300); // as P5: let the draft's storage write and the sign-in's sync settle
      const before = await providerRequests();
      const { ms } = await timeEnterUntil(page, DONE_REPLY);
      const badge = page.locator(`${DONE_REPLY} [data-testid="cached-badge"]`);
      const tier = (await badge.count()) ? await badge.getAttribute("data-cache-tier") : "fresh";
      return { ms, tier, providerRequests: (await providerRequests()) - before };
    } finally {
      await device.close();
    }
  };

  const fresh: number[] = [];
  const hit: number[] = [];
  const ratios: number[] = [];
  let hitProviderRequests = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const prompt = `How quickly does a second device see the answer to question ${round}?`;
    const first = await askOnNewDevice(prompt);
    const again = await askOnNewDevice(prompt);
    // A server hit must come from the exact tier with no provider call; a fresh generation must call one.
    if (first.tier !== "fresh" || first.providerRequests === 0 || again.tier !== "exact")
      throw new Error(`P7 on screen: expected fresh → exact, got ${first.tier} → ${again.tier}`);
    hitProviderRequests += again.providerRequests;
    fresh.push(first.ms);
    hit.push(again.ms);
    ratios.push(again.ms / first.ms);
  }
  return {
    rounds: ROUNDS,
    freshMs: median(fresh),
    hitMs: median(hit),
    ratio: median(ratios),
    hitProviderRequests,
  };
}
