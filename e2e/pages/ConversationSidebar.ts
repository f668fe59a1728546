import type { Download, Locator, Page } from "@playwright/test";

type MenuAction = "pin" | "archive" | "export-markdown" | "export-json";

/** The conversation list: search, date groups (and Pinned), items, their menu, rename and delete, archived ones. */
export class ConversationSidebar {
  readonly groups: Locator;
  readonly items: Locator;
  readonly renameInput: Locator;
  readonly renameSave: Locator;
  readonly confirmCancel: Locator;
  readonly search: Locator;
  readonly searchResults: Locator;
  readonly archivedToggle: Locator;
  readonly archivedList: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByTestId("conversation-search");
    this.searchResults = page.getByTestId("search-result");
    this.archivedToggle = page.getByTestId("archived-toggle");
    this.archivedList = page.getByTestId("archived-list");
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

  /** Picks an action from the conversation's "more" menu. */
  async menuAction(text: string, action: MenuAction): Promise<void> {
    await this.item(text).getByTestId("conversation-menu").click();
    await this.page.getByTestId(`conversation-${action}`).click();
  }

  /** Exports the conversation from its menu and returns the browser's download. */
  async exportAs(text: string, kind: "markdown" | "json"): Promise<Download> {
    const download = this.page.waitForEvent("download");
    await this.menuAction(text, kind === "markdown" ? "export-markdown" : "export-json");
    return download;
  }
}
