import { AdminPage } from "./pages/AdminPage";
import { ConversationSidebar } from "./pages/ConversationSidebar";
import { HeaderMenu } from "./pages/HeaderMenu";
import { BUDGETS, DESKTOP, LayoutProbe, MOBILE } from "./pages/LayoutProbe";
import { uniqueUserName } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";

for (const [name, viewport, budget] of [
  ["desktop", DESKTOP, BUDGETS.desktop],
  ["mobile", MOBILE, BUDGETS.mobile],
] as const) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test("the header and the first message fit their budgets; usage, name and New conversation are reachable", async ({
      page,
      chatPage,
      signInAsNewUser,
    }) => {
      const userName = await signInAsNewUser();
      await chatPage.sendAndWait("Where does my first message start?");
      const probe = new LayoutProbe(page);
      await probe.expectWithin(budget);

      const menu = new HeaderMenu(page);
      // "New conversation" without opening the drawer: the sidebar's button, or the phone bar's.
      const newChat = name === "mobile" ? page.getByTestId("new-conversation-bar") : chatPage.newConversation;
      await expect(newChat).toBeVisible();
      if (name === "mobile") {
        await expect(menu.summary).toHaveText(/^\d+\/\d+ · (\$\d+\.\d{2}|< \$0\.01)$/);
        await expect(menu.currentUser).toBeHidden();
        await menu.open();
        await expect(page.locator('[data-popover-open="true"]')).toHaveCount(1);
      }
      await expect(menu.currentUser).toBeVisible();
      await expect(menu.currentUser).toContainText(userName);
      await expect(menu.spend).toBeVisible();
      // The documents page: a header link on wide screens, a menu item on phones.
      await expect(page.getByTestId(name === "mobile" ? "menu-documents" : "nav-documents")).toBeVisible();
      if (name === "mobile") {
        await page.keyboard.press("Escape");
        await expect(menu.toggle).toHaveAttribute("aria-expanded", "false");
        await expect(menu.toggle).toBeFocused();
      }
      await newChat.click();
      await expect(page).toHaveURL("/");
    });

    test("money is rounded for people, spent and held apart, exact in the tooltip; the header does not move as it changes", async ({
      page,
      chatPage,
      signInAsNewUser,
    }) => {
      await signInAsNewUser();
      const menu = new HeaderMenu(page);
      const probe = new LayoutProbe(page);
      const before = await probe.headerHeight();
      await menu.open();
      const widthBefore = (await menu.spend.boundingBox())!.width;
      await chatPage.sendAndWait("Count the cost");
      await expect(menu.spent).toHaveText(/^(\$\d+\.\d{2}|< \$0\.01)$/);
      await expect(menu.held).toHaveText("$0.00");
      await expect(menu.cap).toHaveText("$1.00");
      await expect(menu.spend).toHaveAttribute(
        "title",
        /Spent today: \$0\.\d{2,6}\. Held for replies in progress: \$0\.00/,
      );
      expect((await menu.spend.boundingBox())!.width).toBe(widthBefore);
      expect(await probe.headerHeight()).toBe(before);
    });

    test("sidebar titles use the full width with a tooltip, under date groups", async ({
      page,
      chatPage,
      signInAsNewUser,
    }) => {
      await signInAsNewUser();
      const long = "Configuring guardrails for a team";
      await chatPage.sendAndWait(`${long} (first)`);
      await page.getByTestId(name === "mobile" ? "new-conversation-bar" : "new-conversation").click();
      await chatPage.sendAndWait(`${long} (second)`);
      const sidebar = new ConversationSidebar(page);
      if (name === "mobile") await page.getByTestId("sidebar-toggle").click();
      await expect(sidebar.group("Today")).toBeVisible();
      await expect(sidebar.group("Today").getByTestId("conversation-item")).toHaveCount(2);
      const item = sidebar.items.first();
      const link = item.getByTestId("conversation-link");
      // The tooltip carries the whole title, however much of it the sidebar shows.
      await expect(link).toHaveAttribute("title", `${long} (second)`);
      await expect(link).toHaveText(`${long} (second)`);
      const [itemBox, linkBox] = [await item.boundingBox(), await link.boundingBox()];
      // Hover-only actions float over the title instead of reserving space (touch screens keep them inline).
      if (name === "desktop") expect(linkBox!.width).toBeGreaterThanOrEqual(itemBox!.width - 2);
    });
  });
}

test.describe("admin", () => {
  test("desktop: the header stays one row at 1280 px; latency is explained; p95 and p99 look different", async ({
    page,
    chatPage,
    signInPage,
  }, testInfo) => {
    await page.setViewportSize(DESKTOP);
    await signInPage.goto();
    await signInPage.signIn(uniqueUserName(testInfo, "admin"), { role: "admin" });
    await chatPage.sendAndWait("Something for the charts");
    const admin = new AdminPage(page);
    await admin.gotoLoaded();
    expect(await new LayoutProbe(page).headerHeight()).toBeLessThanOrEqual(BUDGETS.desktop.headerPx);
    await expect(page.getByTestId("chart-latency")).toContainText(
      "Latency: from the server accepting a message to its reply finishing",
    );
    const line = (series: string) =>
      page.locator(`[data-testid="chart-latency"] [data-testid="chart-line"][data-series="${series}"] path`);
    const look = (series: string) =>
      line(series).evaluate((path) => ({
        stroke: getComputedStyle(path).stroke,
        dash: getComputedStyle(path).strokeDasharray,
      }));
    const [p95, p99] = [await look("p95"), await look("p99")];
    expect(p95.stroke).not.toBe(p99.stroke);
    expect(p95.dash).not.toBe(p99.dash);
    const axisFont = await page
      .locator('[data-testid="chart-latency"] .chart__axis text')
      .first()
      .evaluate((text) => text.getBoundingClientRect().height);
    expect(axisFont).toBeGreaterThanOrEqual(10);
    // A spend far below the cap is a sliver, not "0 %".
    await expect(page.getByTestId("top-spender-row").first()).not.toContainText(/\b0 % of/);
  });

  test("mobile: a cut-off admin table says it scrolls sideways", async ({ page, chatPage, signInPage }, testInfo) => {
    await page.setViewportSize(MOBILE);
    await signInPage.goto();
    await signInPage.signIn(uniqueUserName(testInfo, "admin"), { role: "admin" });
    await chatPage.sendAndWait("Something for the tables");
    await new AdminPage(page).gotoLoaded();
    const users = page.getByTestId("table-scroll").filter({ has: page.getByTestId("user-row") });
    await expect(users).toHaveAttribute("data-overflows", "true");
    await expect(page.getByTestId("table-scroll-hint").first()).toContainText("Scroll sideways");
  });
});
