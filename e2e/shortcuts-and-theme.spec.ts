import { ChatShortcuts } from "./pages/ChatShortcuts";
import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

test("a suggestion sends like a typed message; shortcuts work, never while typing clashes; the ? overlay lists them; times show on hover", async ({
  page,
  context,
  chatPage,
  signInAsNewUser,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInAsNewUser();
  const keys = new ChatShortcuts(page);

  // Prompt suggestions: through the composer's own send (the reply and the conversation follow).
  await keys.suggestions.filter({ hasText: "list of tips" }).click();
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done", { timeout: 15_000 });
  await expect(chatPage.userMessages.first()).toHaveText(/Give me a list of tips for writing clear emails/);
  await expect(page).toHaveURL(/\/c\/[^/]+$/);

  // Typing "?" in the composer types it: no overlay.
  await chatPage.composer.fill("Why");
  await chatPage.composer.press("?");
  await expect(chatPage.composer).toHaveValue("Why?");
  await expect(keys.overlay).toBeHidden();

  // Copy the last reply (while typing: Ctrl+Shift+C types nothing): its markdown, as written.
  await keys.press("copyLastReply");
  await expect(keys.status).toHaveText("Copied the last reply.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain("writing clear emails");
  expect(copied).toMatch(/^[-*] /m); // the list's markdown, not its rendered text

  // Hover shows when a message was written.
  const time = chatPage.lastReply().getByTestId("message-time");
  await page.mouse.move(0, 0); // off the message (the suggestion clicked was where it now is)
  await expect.poll(async () => (await time.boundingBox())!.width).toBeLessThanOrEqual(1);
  await chatPage.lastReply().hover();
  await expect.poll(async () => (await time.boundingBox())!.width).toBeGreaterThan(10);
  await expect(time).toHaveText(/\d{1,2}[:.]\d{2}/);

  await keys.press("toggleSidebar");
  await expect(keys.sidebar).toBeHidden();
  await keys.press("toggleSidebar");
  await expect(keys.sidebar).toBeVisible();

  const search = await keys.conversationSearch();
  await keys.press("focusSearch");
  await expect(search).toBeFocused();

  // Out of any text field, "?" opens the overlay: every shortcut listed.
  await page.getByTestId("thread").focus();
  await keys.press("showShortcuts");
  await expect(keys.overlay).toBeVisible();
  await expect(keys.overlayRows).toHaveText([
    /New chat/,
    /Search conversations/,
    /Stop the reply/,
    /Copy the last reply/,
    /conversation list/,
    /keyboard shortcuts/,
  ]);
  await expect(keys.overlayRows.first()).toContainText("Ctrl+Shift+O");
  // While it is open it has the keyboard: Escape closes it and nothing else happens.
  await keys.press("newChat");
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
  await page.keyboard.press("Escape");
  await expect(keys.overlay).toBeHidden();

  await keys.press("newChat");
  await expect(page).toHaveURL(/\/$/);
  await expect(chatPage.composer).toBeFocused();
});

test("Jump to latest shows when the reader scrolls up while a reply streams, and follows it again", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await signInAsNewUser();
  const keys = new ChatShortcuts(page);
  await chatPage.sendAndWait("Show me everything the renderer can do");
  await addLlmFault({ times: 1, fault: { tokenDelayMs: 120 } });
  await chatPage.send("Tell me something long");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "streaming", { timeout: 15_000 });
  await expect(keys.jumpToLatest).toBeHidden();

  await chatPage.thread.hover();
  await page.mouse.wheel(0, -3000); // the reader's own scroll (a programmatic one does not unpin)
  await expect(keys.jumpToLatest).toBeVisible();
  await expect(keys.jumpToLatest).toHaveAttribute("data-streaming", "true");
  await keys.jumpToLatest.click();
  await expect(keys.jumpToLatest).toBeHidden();
  await expect.poll(() => keys.atBottom(chatPage.thread)).toBe(true);
  await expect(chatPage.thread).toBeFocused();
});

test("the theme choice is remembered, applied before the app's script runs, and 'System' follows the system again", async ({
  page,
  signInAsNewUser,
}) => {
  await page.emulateMedia({ colorScheme: "light" });
  await signInAsNewUser();
  const keys = new ChatShortcuts(page);
  const html = page.locator("html");
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await keys.theme.selectOption("dark");
  await expect(html).toHaveAttribute("data-theme", "dark");
  const dark = await background();
  expect(dark).not.toBe(light);

  // Reload with the app's script held back: the page from the HTML alone is already dark.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: "commit" });
  await expect(page.locator("#root .status-panel")).toBeVisible();
  await expect(html).toHaveAttribute("data-theme", "dark");
  expect(await background()).toBe(dark);
  release();
  await expect(keys.theme).toHaveValue("dark");

  await keys.theme.selectOption("system");
  await expect(html).not.toHaveAttribute("data-theme", /.*/);
  expect(await background()).toBe(light);
});
