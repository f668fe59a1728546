import type { Locator, Page } from "@playwright/test";

/** Keys as Playwright presses them (not on a Mac: "mod" is Control). */
export const SHORTCUT_KEYS = {
  newChat: "Control+Shift+O",
  focusSearch: "Control+K",
  copyLastReply: "Control+Shift+C",
  toggleSidebar: "Control+Shift+S",
  showShortcuts: "?",
} as const;

/** The chat's keyboard layer and the things around it: the `?` overlay, what a shortcut did, the sidebar, the theme switch, Jump to latest. */
export class ChatShortcuts {
  readonly overlay: Locator;
  readonly overlayRows: Locator;
  readonly status: Locator;
  readonly sidebar: Locator;
  readonly theme: Locator;
  readonly jumpToLatest: Locator;
  readonly suggestions: Locator;

  constructor(readonly page: Page) {
    this.overlay = page.getByTestId("shortcuts-overlay");
    this.overlayRows = this.overlay.getByTestId("shortcut-row");
    this.status = page.getByTestId("shortcut-status");
    this.sidebar = page.getByTestId("chat-sidebar");
    this.theme = page.getByTestId("theme-switch");
    this.jumpToLatest = page.getByTestId("scroll-to-bottom");
    this.suggestions = page.getByTestId("prompt-suggestion");
  }

  async press(shortcut: keyof typeof SHORTCUT_KEYS): Promise<void> {
    await this.page.keyboard.press(SHORTCUT_KEYS[shortcut]);
  }

  /** The conversation search box; until the search feature is in this build, a stand-in with its test id (the shortcut only looks the id up). */
  async conversationSearch(): Promise<Locator> {
    const search = this.page.getByTestId("conversation-search");
    if ((await search.count()) === 0) {
      await this.sidebar.evaluate((sidebar) => {
        const input = sidebar.ownerDocument.createElement("input");
        input.setAttribute("data-testid", "conversation-search");
        input.setAttribute("aria-label", "Search conversations");
        sidebar.prepend(input);
      });
    }
    return search.first();
  }

  /** Whether the thread is scrolled to its end (within a few pixels). */
  atBottom(thread: Locator): Promise<boolean> {
    return thread.evaluate((element) => element.scrollHeight - element.scrollTop - element.clientHeight < 4);
  }
}
