import type { Locator, Page } from "@playwright/test";

/** A message's tools in the thread: versions (‹ k/n ›), Edit, Regenerate, Copy, feedback; and the clipboard. */
export class MessageTools {
  constructor(readonly page: Page) {}

  /** "2/3" on a message with other versions. */
  versionPosition(message: Locator): Locator {
    return message.getByTestId("version-position");
  }

  async previousVersion(message: Locator): Promise<void> {
    await message.getByTestId("version-previous").click();
  }

  async nextVersion(message: Locator): Promise<void> {
    await message.getByTestId("version-next").click();
  }

  /** Edit and resend a user message in place. */
  async edit(message: Locator, text: string): Promise<void> {
    await message.getByTestId("edit-message").click();
    await message.getByTestId("edit-message-input").fill(text);
    await message.getByTestId("edit-message-send").click();
  }

  async regenerate(reply: Locator): Promise<void> {
    await reply.getByTestId("regenerate-button").click();
  }

  copyMessageButton(message: Locator): Locator {
    return message.getByTestId("copy-message");
  }

  /** The Copy button of the reply's `index`-th code block (SafeText's). */
  copyCodeButton(reply: Locator, index = 0): Locator {
    return reply.getByTestId("copy-code").nth(index);
  }

  codeBlock(reply: Locator, index = 0): Locator {
    return reply.locator("pre code").nth(index);
  }

  /** Thumbs up or down, then (optionally) a reason. */
  async rate(reply: Locator, rating: "up" | "down", reason?: string): Promise<void> {
    await reply.getByTestId(`feedback-${rating}`).click();
    if (reason === undefined) return;
    await reply.getByTestId("feedback-reason").fill(reason);
    await reply.getByTestId("feedback-reason-form").getByRole("button", { name: "Send" }).click();
  }

  feedbackButton(reply: Locator, rating: "up" | "down"): Locator {
    return reply.getByTestId(`feedback-${rating}`);
  }

  feedbackNote(reply: Locator): Locator {
    return reply.getByTestId("feedback-note");
  }

  /** What the page's clipboard holds (the context needs the clipboard-read permission). */
  clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}
