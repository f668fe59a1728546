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
  readonly instructionsInput: Locator;
  readonly instructionsSave: Locator;
  readonly instructionsFeedback: Locator;
  readonly exportAll: Locator;
  readonly importInput: Locator;
  readonly dataFeedback: Locator;

  constructor(readonly page: Page) {
    this.instructionsInput = page.getByTestId("instructions-input");
    this.instructionsSave = page.getByTestId("instructions-save");
    this.instructionsFeedback = page.getByTestId("instructions-feedback");
    this.exportAll = page.getByTestId("data-export-all");
    this.importInput = page.getByTestId("data-import-input");
    this.dataFeedback = page.getByTestId("data-feedback");
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

  /** Imports an export file (a path or a name and its text) through the "Your data" section. */
  async importFile(file: string | { name: string; text: string }): Promise<void> {
    await this.importInput.setInputFiles(
      typeof file === "string"
        ? file
        : { name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) },
    );
  }
}
