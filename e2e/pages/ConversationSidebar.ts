import type { Locator, Page } from "@playwright/test";

/** The conversation list: date groups, items, rename and delete. */
export class ConversationSidebar {
  readonly groups: Locator;
  readonly items: Locator;
  readonly renameInput: Locator;
  readonly renameSave: Locator;
  readonly confirmCancel: Locator;

  constructor(readonly page: Page) {
    this.groups = page.getByTestId("conversation-group");
    this.items = page.getByTestId("conversation-item");
    this.renameInput = page.getByTestId("conversation-rename-input");
    this.renameSave = page.getByTestId("conversation-rename-save");
    this.confirmCancel = page.getByTestId("confirm-cancel");
  }

  group(name: string): Locator {
    return this.page.locator(`[data-testid="conversation-group"][data-group="${name}"]`);
  }

  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }
}
