import { expect, test, type Page } from "@playwright/test";
import { loadDompurifyFixtures, loadPayloadbox, type Payload } from "./corpora";
import type { HarnessWindow } from "./harness/harness-api";
import { TRUSTED_TYPE_POLICY_NAMES } from "../../src/lib/trusted-types/policy-names";
import { startViteHarness, type HarnessServer } from "../../scripts/harness/vite-harness";
import { CONTEXT_COUNT, describeVector, toVectors } from "./markdown-contexts";
import { formatFailures, runVectors } from "./run-vectors";
import { monitorPage, type XssMonitor } from "./xss-monitor";

// Renders every corpus payload, raw and inside markdown constructs, through
// the real SafeText in Chromium, and fails on any execution or unsafe output.
// The harness page exists so ~40k vectors run in minutes; the chat page
// renders replies with the same component. XSS_SAMPLE=n limits each corpus to
// its first n payloads for a quick local run.
//
// The corpora run with Trusted Types enforced, as production does (the CSP's
// Trusted Types directives; the rest of vercel.json's CSP is for the built
// app, not this dev harness): SafeText must still render every vector, and
// nothing else can write HTML. The positive controls write raw innerHTML on
// purpose, so they use a second harness server without the header.

const TRUSTED_TYPES_CSP = `require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPE_POLICY_NAMES.join(" ")}`;
let enforced: HarnessServer | undefined;
let unenforced: HarnessServer | undefined;

test.beforeAll(async () => {
  enforced = await startViteHarness("e2e/xss/harness", { headers: { "Content-Security-Policy": TRUSTED_TYPES_CSP } });
  unenforced = await startViteHarness("e2e/xss/harness");
});

test.afterAll(async () => {
  await enforced?.close();
  await unenforced?.close();
});

async function openHarness(page: Page, server = enforced): Promise<XssMonitor> {
  if (!server) throw new Error("harness server not started");
  const monitor = await monitorPage(page, new URL(server.url).origin);
  await page.goto(server.url);
  await page.waitForFunction(() => typeof (window as unknown as HarnessWindow).__renderBatch === "function");
  monitor.arm();
  return monitor;
}

/** For expect.poll: drain() empties the monitor, so keep what every poll saw. */
function signalsSoFar(monitor: XssMonitor): () => Promise<string[]> {
  const seen: string[] = [];
  return async () => {
    seen.push(...(await monitor.drain()).map(({ kind, detail }) => `${kind}: ${detail}`));
    return seen;
  };
}

function sample(payloads: Payload[]): Payload[] {
  const limit = process.env.XSS_SAMPLE;
  if (limit === undefined) return payloads;
  if (!/^[1-9]\d*$/.test(limit)) throw new Error(`XSS_SAMPLE must be a positive integer, got ${JSON.stringify(limit)}`);
  return payloads.slice(0, Number(limit));
}

const CORPORA: [string, () => Payload[]][] = [
  ["payloadbox", loadPayloadbox],
  ["DOMPurify fixtures", loadDompurifyFixtures],
];

for (const [corpus, load] of CORPORA) {
  test(`SafeText: no ${corpus} payload executes or survives`, async ({ page }) => {
    test.setTimeout(4 * 60_000);
    const payloads = sample(load());
    const vectors = toVectors(payloads);
    const monitor = await openHarness(page);

    const result = await runVectors(page, monitor, vectors);

    const summary =
      `XSS ${corpus}: ${result.tried} vectors (${payloads.length} payloads × ${CONTEXT_COUNT} contexts), ` +
      `${result.executions.length} executions, ${result.violations.length} violations`;
    console.log(summary);
    test.info().annotations.push({ type: "xss", description: summary });
    expect(payloads.length).toBeGreaterThan(0);
    expect(result.tried).toBe(payloads.length * CONTEXT_COUNT);
    expect(result.executions.length, `Executed:\n${formatFailures(result.executions, describeVector)}`).toBe(0);
    expect(result.violations.length, `Unsafe output:\n${formatFailures(result.violations, describeVector)}`).toBe(0);
  });
}

// Positive controls: without them a broken trap or scan would pass silently.
test.describe("the XSS checks can fail", () => {
  test("Trusted Types are enforced on the corpora's harness: raw innerHTML throws, SafeText still renders", async ({
    page,
  }) => {
    const monitor = await openHarness(page);
    const outcome = await page.evaluate(async () => {
      const harness = window as unknown as HarnessWindow;
      await harness.__renderBatch(["**still renders**"]);
      const rendered = document.querySelector('[data-vector="0"] strong')?.textContent;
      try {
        document.getElementById("unsafe-control")!.innerHTML = '<img src="x" onerror="alert(\'control\')">';
        return { rendered, raw: "assigned" };
      } catch (error) {
        return { rendered, raw: (error as Error).name };
      }
    });
    expect(outcome).toEqual({ rendered: "still renders", raw: "TypeError" });
    expect(await monitor.drain()).toEqual([]);
  });

  test("the trap records a handler that runs outside SafeText", async ({ page }) => {
    const monitor = await openHarness(page, unenforced);
    await page.evaluate(() => {
      // Deliberately unsafe: raw innerHTML, no SafeText.
      document.getElementById("unsafe-control")!.innerHTML = '<img src="x" onerror="alert(\'control\')">';
    });
    await expect
      .poll(signalsSoFar(monitor))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^request: .*\/x$/),
          expect.stringMatching(/^trapped call: alert\(control\)/),
        ]),
      );
  });

  test("a frame created outside SafeText counts as a navigation", async ({ page }) => {
    const monitor = await openHarness(page, unenforced);
    await page.evaluate(() => {
      document.getElementById("unsafe-control")!.innerHTML = '<iframe srcdoc="<p>framed</p>"></iframe>';
    });
    await expect.poll(signalsSoFar(monitor)).toContain("navigation: about:srcdoc");
  });

  test("the DOM scan flags unsafe markup inside SafeText output", async ({ page }) => {
    await openHarness(page, unenforced);
    const problems = await page.evaluate(async () => {
      const harness = window as unknown as HarnessWindow;
      await harness.__renderBatch(["safe", "also safe"]);
      // Deliberately unsafe: inert markup injected after SafeText rendered.
      document.querySelector('[data-vector="1"] [data-testid=safe-text]')!.innerHTML =
        '<a href=" java&#x0A;SCRIPT:alert(1)">x</a><p onmouseover="x">y</p><svg></svg><a href="data:text/html,x">z</a>';
      const findings = harness.__scanOutput();
      await harness.__clearBatch();
      return findings;
    });
    expect(problems).toEqual([
      { vector: 1, problem: "<svg> element" },
      { vector: 1, problem: '<a> href=" java\nSCRIPT:alert(1)"' },
      { vector: 1, problem: "<p> event handler attribute onmouseover" },
      { vector: 1, problem: '<a> href="data:text/html,x"' },
    ]);
  });
});
