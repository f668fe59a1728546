import { AdminPage } from "./pages/AdminPage";
import { uniqueUserName } from "./pages/SignInPage";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";

// Every route, in both colour schemes: 0 serious or critical axe violations.
for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test("sign-in page has no serious accessibility violations", async ({ page, signInPage }) => {
      await signInPage.goto();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("new-conversation page has no serious accessibility violations", async ({
      page,
      chatPage,
      signInAsNewUser,
    }) => {
      await signInAsNewUser();
      await expect(chatPage.composer).toBeVisible();
      await expect(chatPage.usageMeter.getByTestId("usage-requests")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("conversation page has no serious accessibility violations", async ({ page, chatPage, signInAsNewUser }) => {
      await signInAsNewUser();
      await chatPage.sendAndWait("Hello, *accessible* world: show everything");
      await expect(chatPage.replyText().locator('[data-testid="safe-text"]')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("not-found page has no serious accessibility violations", async ({ page, chatPage }) => {
      await page.goto("/definitely/not/here");
      await expect(chatPage.notFound).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("settings page has no serious accessibility violations", async ({ page, signInAsNewUser }) => {
      await signInAsNewUser();
      await page.goto("/settings");
      await expect(page.getByTestId("settings-page")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("documents page has no serious accessibility violations", async ({ page, signInAsNewUser }) => {
      await signInAsNewUser();
      await page.goto("/documents");
      await expect(page.getByTestId("docs-page")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("admin page has no serious accessibility violations", async ({ page, signInPage }, testInfo) => {
      await signInPage.goto();
      await signInPage.signIn(uniqueUserName(testInfo, "admin"), { role: "admin" });
      await new AdminPage(page).gotoLoaded();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}
