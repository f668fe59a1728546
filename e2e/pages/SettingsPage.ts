import type { Locator, Page } from "@playwright/test";
import type { ProviderName as Provider } from "../../rules/providers";

/** /settings: the BYOK vault, "use my own key", the own-key daily limit, analytics opt-out. */
export class SettingsPage {
  readonly root: Locator;
  readonly useOwnKey: Locator;
  readonly inUse: Locator;
  readonly limitInput: Locator;
  readonly limitSave: Locator;
  readonly limitFeedback: Locator;
  readonly spentToday: Locator;
  readonly analyticsOptOut: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("settings-page");
    this.useOwnKey = page.getByTestId("byok-use-toggle");
    this.inUse = page.getByTestId("byok-in-use");
    this.limitInput = page.getByTestId("byok-limit-input");
    this.limitSave = page.getByTestId("byok-limit-save");
    this.limitFeedback = page.getByTestId("byok-limit-feedback");
    this.spentToday = page.getByTestId("byok-spent-today");
    this.analyticsOptOut = page.getByTestId("analytics-opt-out");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-settings").click();
    await this.root.waitFor();
  }

  card = (provider: Provider) => this.page.getByTestId(`byok-card-${provider}`);
  keyInput = (provider: Provider) => this.page.getByTestId(`byok-key-input-${provider}`);
  saveButton = (provider: Provider) => this.page.getByTestId(`byok-save-${provider}`);
  feedback = (provider: Provider) => this.page.getByTestId(`byok-feedback-${provider}`);
  saved = (provider: Provider) => this.page.getByTestId(`byok-saved-${provider}`);
  hint = (provider: Provider) => this.page.getByTestId(`byok-hint-${provider}`);
  removeButton = (provider: Provider) => this.page.getByTestId(`byok-remove-${provider}`);

  async saveKey(provider: Provider, key: string): Promise<void> {
    await this.keyInput(provider).fill(key);
    await this.saveButton(provider).click();
  }

  async setLimit(dollars: string): Promise<void> {
    await this.limitInput.fill(dollars);
    await this.limitSave.click();
  }
}
