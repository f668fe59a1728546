import { expect, type Locator, type Page } from "@playwright/test";

/** The header's usage/connection/account items: inline on wide screens, a popover on phones. */
export class HeaderMenu {
  readonly toggle: Locator;
  readonly panel: Locator;
  readonly summary: Locator;
  readonly spent: Locator;
  readonly held: Locator;
  readonly cap: Locator;
  readonly spend: Locator;
  readonly requestsFrees: Locator;
  readonly currentUser: Locator;

  constructor(readonly page: Page) {
    this.toggle = page.getByTestId("header-menu-toggle");
    this.panel = page.getByTestId("header-menu-panel");
    this.summary = page.getByTestId("usage-summary");
    this.spent = page.getByTestId("usage-spent");
    this.held = page.getByTestId("usage-held");
    this.cap = page.getByTestId("usage-cap");
    this.spend = page.getByTestId("usage-spend");
    this.requestsFrees = page.getByTestId("usage-requests-frees");
    this.currentUser = page.getByTestId("current-user");
  }

  /** On a phone: opens the popover (no-op on wide screens, where everything is inline). */
  async open(): Promise<void> {
    if (!(await this.toggle.isVisible())) return;
    if ((await this.toggle.getAttribute("aria-expanded")) !== "true") await this.toggle.click();
    await expect(this.toggle).toHaveAttribute("aria-expanded", "true");
  }
}
