import type { Browser, TestInfo } from "@playwright/test";
import { AdminPage } from "./pages/AdminPage";
import { ChatPage } from "./pages/ChatPage";
import { SignInPage, uniqueUserName, type Role } from "./pages/SignInPage";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";
import { BREAKER_OPEN_MS } from "./support/stack-config";

/** A second person in their own browser context (own session), signed in with the dev form. */
async function signInElsewhere(browser: Browser, testInfo: TestInfo, label: string, role: Role = "user") {
  const context = await browser.newContext();
  const page = await context.newPage();
  const name = uniqueUserName(testInfo, label);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(name, { role });
  return { context, page, name };
}

async function signInAsAdmin(signInPage: SignInPage, testInfo: TestInfo): Promise<string> {
  const name = uniqueUserName(testInfo, "admin");
  await signInPage.goto();
  await signInPage.signIn(name, { role: "admin" });
  return name;
}

test.afterEach(clearLlmFaults);

test("an admin watches a Groq failover, then Groq's breaker opening and closing again, without reloading", async ({
  page,
  browser,
  signInPage,
}, testInfo) => {
  // Two sends with Groq retries and backoff, then the breaker's full open period before the probe that closes it.
  test.setTimeout(BREAKER_OPEN_MS + 90_000);
  const admin = new AdminPage(page);
  await signInAsAdmin(signInPage, testInfo);
  await admin.navLink.click();
  await admin.gotoLoaded();
  await admin.expectBreaker("groq", "closed");
  // Alerts are one per kind, subject and UTC day: on a stack where Groq's breaker already opened today, none is added.
  const openedAlertsBefore = await admin.alerts("circuit_breaker_opened", "groq").count();
  const failoversBefore = await admin.failovers("groq", "openrouter").count();
  // Anything below that reloads the page would drop this marker.
  await page.evaluate(() => ((window as Window & { adminMarker?: string }).adminMarker = "still here"));

  const user = await signInElsewhere(browser, testInfo, "sender");
  const chat = new ChatPage(user.page);
  try {
    await addLlmFault({ provider: "groq", fault: { status: 500 } }); // every Groq call fails until cleared

    // Groq fails (with retries), OpenRouter answers: one failover.
    const first = await chat.sendAndWait("Who answers when Groq is down?", "done", 45_000);
    await expect(first.getByTestId("message-provider")).toContainText("openrouter");
    await expect(admin.failovers("groq", "openrouter")).toHaveCount(Math.min(failoversBefore + 1, 20));
    await expect(admin.failoverRows.first()).toContainText("groq → openrouter");

    // More Groq failures: the fifth in a row opens the breaker, and the alert says so.
    await chat.sendAndWait("And now?", "done", 45_000);
    await admin.expectBreaker("groq", "open", 15_000);
    const openedSeenAt = Date.now();
    await expect(admin.breaker("groq")).toContainText("open");
    await expect(admin.alerts("circuit_breaker_opened", "groq")).toHaveCount(Math.max(1, openedAlertsBefore));
    await expect(admin.alerts("circuit_breaker_opened", "groq")).toContainText("error");
    await expect(admin.provider("groq").getByTestId("provider-opened-alert")).toBeVisible();
    await expect(admin.page.getByTestId("kpi-failovers-value")).not.toHaveText("0");

    // Leave Groq as we found it (later specs expect it to answer): once the
    // open period is over, a successful probe closes the breaker, live too.
    await clearLlmFaults();
    await user.page.waitForTimeout(Math.max(0, openedSeenAt + BREAKER_OPEN_MS + 1_000 - Date.now()));
    const probe = await chat.sendAndWait("Is Groq back?", "done", 30_000);
    await expect(probe.getByTestId("message-provider")).toContainText("groq");
    await admin.expectBreaker("groq", "closed", 15_000);

    expect(await page.evaluate(() => (window as Window & { adminMarker?: string }).adminMarker)).toBe("still here");
  } finally {
    await clearLlmFaults();
    await user.context.close();
  }
});

test("a non-admin who opens /admin sees the not-allowed panel and no data", async ({ page, signInAsNewUser }) => {
  await signInAsNewUser();
  await expect(new ChatPage(page).composer).toBeVisible();
  const admin = new AdminPage(page);
  await expect(admin.navLink).toHaveCount(0);
  await admin.goto();
  await expect(admin.forbidden).toBeVisible();
  await expect(admin.forbidden).toContainText("Not allowed");
  await expect(admin.dashboard).toHaveCount(0);
  await expect(admin.kpiTiles).toHaveCount(0);
  await expect(admin.userRows).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});

test("an admin changes a user's plan and daily cap, each confirmed, and the audit log records them", async ({
  page,
  browser,
  signInPage,
}, testInfo) => {
  const target = await signInElsewhere(browser, testInfo, "target");
  await target.context.close();
  const admin = new AdminPage(page);
  const adminName = await signInAsAdmin(signInPage, testInfo);
  await admin.gotoLoaded();
  const row = admin.user(target.name);
  await expect(row.getByTestId("tier-select")).toHaveValue("pro");

  // Cancelling changes nothing: the select still shows what the server has.
  await row.getByTestId("tier-select").selectOption("enterprise");
  await admin.confirmCancel.click();
  await expect(row.getByTestId("tier-select")).toHaveValue("pro");

  await admin.changeTier(target.name, "enterprise");
  await expect(admin.changeResult).toHaveAttribute("data-kind", "success");
  await expect(admin.changeResult).toContainText(`${target.name} is now on the enterprise plan.`);
  await expect(row.getByTestId("tier-select")).toHaveValue("enterprise");

  // A typo is caught before anything is sent.
  await admin.setCap(target.name, "2.5.0");
  await expect(admin.confirmDialog).toHaveCount(0);
  await expect(admin.changeResult).toHaveAttribute("data-kind", "error");

  await admin.setCap(target.name, "2.50");
  await admin.confirm();
  await expect(admin.changeResult).toContainText("daily cap is now $2.50");
  await expect(row.getByTestId("cap-current")).toHaveText("Own cap $2.50");
  await expect(row.getByTestId("user-spend")).toContainText("of $2.50");

  await admin.clearCap(target.name);
  await admin.confirm();
  await expect(row.getByTestId("cap-current")).toHaveText("Plan default ($1.00)");

  const entries = admin.auditRows.filter({ hasText: target.name });
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText("Daily cap");
  await expect(entries.nth(0).getByTestId("audit-after")).toHaveText("plan default");
  await expect(entries.nth(1).getByTestId("audit-after")).toHaveText("$2.50");
  await expect(entries.nth(2)).toContainText("Plan");
  await expect(entries.nth(2).getByTestId("audit-after")).toHaveText("enterprise");
  await expect(entries.nth(2)).toContainText(adminName);
});

test("the admin dashboard has no serious accessibility violations", async ({ page, signInPage }, testInfo) => {
  await signInAsAdmin(signInPage, testInfo);
  const admin = new AdminPage(page);
  await admin.gotoLoaded();
  // The charts' data tables are checked too.
  for (const summary of await page.locator(".chart__data summary").all()) await summary.click();
  expect(await seriousViolations(page)).toEqual([]);
});
