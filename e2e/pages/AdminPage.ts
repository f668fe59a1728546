import { expect, type Locator, type Page } from "@playwright/test";
import type { Tier } from "../../rules/entitlements";

type BreakerState = "closed" | "half_open" | "open";

/** The admin dashboard at /admin: tiles, providers, alerts, failovers, users, audit log. */
export class AdminPage {
  readonly navLink: Locator;
  readonly dashboard: Locator;
  readonly forbidden: Locator;
  readonly kpiTiles: Locator;
  readonly failoverRows: Locator;
  readonly alertRows: Locator;
  readonly userRows: Locator;
  readonly auditRows: Locator;
  readonly changeResult: Locator;
  readonly confirmDialog: Locator;
  readonly confirmAccept: Locator;
  readonly confirmCancel: Locator;

  constructor(readonly page: Page) {
    this.navLink = page.getByTestId("nav-admin");
    this.dashboard = page.getByTestId("admin-dashboard");
    this.forbidden = page.getByTestId("admin-forbidden");
    this.kpiTiles = page.getByTestId("kpi-tiles");
    this.failoverRows = page.getByTestId("failover-row");
    this.alertRows = page.getByTestId("alert-row");
    this.userRows = page.getByTestId("user-row");
    this.auditRows = page.getByTestId("audit-row");
    this.changeResult = page.getByTestId("admin-change-result");
    this.confirmDialog = page.getByTestId("confirm-dialog");
    this.confirmAccept = page.getByTestId("confirm-accept");
    this.confirmCancel = page.getByTestId("confirm-cancel");
  }

  async goto(): Promise<void> {
    await this.page.goto("/admin");
  }

  /** Opens /admin and waits until every live panel has its first data (charts and tables included). */
  async gotoLoaded(): Promise<void> {
    await this.goto();
    await expect(this.dashboard).toBeVisible();
    await expect(this.page.getByTestId("chart-latency")).toBeVisible();
    await expect(this.page.getByTestId("loading")).toHaveCount(0);
  }

  provider(name: string): Locator {
    return this.page.locator(`[data-testid="provider-card"][data-provider="${name}"]`);
  }

  breaker(name: string): Locator {
    return this.provider(name).getByTestId("breaker-state");
  }

  async expectBreaker(name: string, state: BreakerState, timeout?: number): Promise<void> {
    await expect(this.breaker(name)).toHaveAttribute("data-state", state, { timeout });
  }

  alerts(kind: string, subject?: string): Locator {
    return this.page.locator(
      `[data-testid="alert-row"][data-kind="${kind}"]${subject ? `[data-subject="${subject}"]` : ""}`,
    );
  }

  failovers(from: string, to: string): Locator {
    return this.page.locator(`[data-testid="failover-row"][data-from="${from}"][data-to="${to}"]`);
  }

  user(name: string): Locator {
    return this.userRows.filter({ has: this.page.getByRole("rowheader", { name }) });
  }

  /** Picks a plan in the user's row and confirms it; resolves once the server has answered (the dialog closes then). */
  async changeTier(name: string, tier: Tier): Promise<void> {
    await this.user(name).getByTestId("tier-select").selectOption(tier);
    await this.confirm();
  }

  async setCap(name: string, dollars: string): Promise<void> {
    await this.user(name).getByTestId("cap-input").fill(dollars);
    await this.user(name).getByTestId("cap-set").click();
  }

  async clearCap(name: string): Promise<void> {
    await this.user(name).getByTestId("cap-clear").click();
  }

  async confirm(): Promise<void> {
    await expect(this.confirmDialog).toBeVisible();
    await this.confirmAccept.click();
    await expect(this.confirmDialog).toHaveCount(0);
  }
}
