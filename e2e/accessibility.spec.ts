import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

/** Serious and critical axe violations, as "rule: target" lines for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(" ")} — ${violation.help}`));
}

test("sign-in page has no serious accessibility violations", async ({ page, signInPage }) => {
  await signInPage.goto();
  expect(await seriousViolations(page)).toEqual([]);
});

test("new-conversation page has no serious accessibility violations", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await expect(chatPage.composer).toBeVisible();
  await expect(chatPage.usageMeter.getByTestId("usage-requests")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("conversation page has no serious accessibility violations", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await chatPage.sendAndWait("Hello, *accessible* world");
  await expect(chatPage.replyText().locator('[data-testid="safe-text"]')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("not-found page has no serious accessibility violations", async ({ page, chatPage }) => {
  await page.goto("/definitely/not/here");
  await expect(chatPage.notFound).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
