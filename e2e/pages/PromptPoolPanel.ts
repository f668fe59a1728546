import { expect, type Locator, type Page } from "@playwright/test";

/** The admin dashboard's "Prepared answers" section (the prepared-answer pool). */
export class PromptPoolPanel {
  readonly section: Locator;
  readonly promptInput: Locator;
  readonly addButton: Locator;
  readonly fillNowButton: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId("admin-prompt-pool");
    this.promptInput = this.section.getByTestId("pool-prompt-input");
    this.addButton = this.section.getByTestId("pool-add");
    this.fillNowButton = this.section.getByTestId("pool-fill-now");
    this.rows = this.section.getByTestId("pool-row");
  }

  row(prompt: string): Locator {
    return this.rows.filter({ hasText: prompt });
  }

  /** Adds `prompt`, asks for a fill now, and waits until its answer is ready. */
  async prepare(prompt: string): Promise<void> {
    await this.promptInput.fill(prompt);
    await this.addButton.click();
    await expect(this.row(prompt)).toHaveAttribute("data-ready", "false");
    await this.fillNowButton.click();
    await expect(this.row(prompt)).toHaveAttribute("data-ready", "true", { timeout: 15_000 });
  }
}
