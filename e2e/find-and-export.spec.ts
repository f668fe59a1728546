// Issue 20 items 5 and 6 in the browser: search, pin and archive in the
// sidebar; export from a conversation's menu; import in Settings.
import { readFile } from "node:fs/promises";
import { ConversationSidebar } from "./pages/ConversationSidebar";
import { SettingsPage } from "./pages/SettingsPage";
import { expect, test } from "./support/fixtures";

test("search finds a conversation by a word in a reply; pinned goes on top, archived leaves the list but stays findable", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  const sidebar = new ConversationSidebar(page);
  await signInAsNewUser();
  // The demo model answers "table" with a table whose rows name the tiers: "enterprise" is only in the reply.
  await chatPage.sendAndWait("Show me a table please");
  await chatPage.newConversation.click();
  await chatPage.sendAndWait("Just saying hello");
  await expect(chatPage.conversationItems).toHaveCount(2);

  await sidebar.search.fill("enterprise");
  await expect(sidebar.searchResults).toHaveCount(1);
  await expect(sidebar.searchResults.first()).toContainText("Show me a table please");
  await sidebar.searchResults.first().getByRole("link").click();
  await expect(chatPage.userMessages.first()).toContainText("Show me a table please");
  await sidebar.search.fill("");

  await sidebar.menuAction("Show me a table please", "pin");
  await expect(sidebar.group("Pinned")).toContainText("Show me a table please");
  await expect(chatPage.conversationItems.first()).toContainText("Show me a table please");

  await sidebar.menuAction("Just saying hello", "archive");
  await expect(chatPage.conversationItems).toHaveCount(1);
  await sidebar.archivedToggle.click();
  await expect(sidebar.archivedList).toContainText("Just saying hello");
  await sidebar.search.fill("hello");
  await expect(sidebar.searchResults.filter({ hasText: "Just saying hello" })).toContainText("Archived");
});

test("export downloads Markdown containing the exchange; its JSON export imports back as a new conversation; instructions save", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  const sidebar = new ConversationSidebar(page);
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("Plan a picnic for Saturday");
  await expect(chatPage.replyText(reply)).toContainText("You said: “Plan a picnic for Saturday”");

  const markdown = await sidebar.exportAs("Plan a picnic", "markdown");
  expect(markdown.suggestedFilename()).toBe("plan-a-picnic-for-saturday.md");
  const text = await readFile((await markdown.path())!, "utf8");
  expect(text).toContain("# Plan a picnic for Saturday");
  expect(text).toMatch(/## You\n\nPlan a picnic for Saturday\n/);
  expect(text).toContain("## Assistant");
  expect(text).toContain("**Offline demo model**"); // the reply's own Markdown, not its rendering
  expect(text).toContain("You said: “Plan a picnic for Saturday”");

  const json = await sidebar.exportAs("Plan a picnic", "json");
  const settings = new SettingsPage(page);
  await settings.open();
  await settings.importFile((await json.path())!);
  await expect(settings.dataFeedback).toHaveText(/Imported 1 conversation/);
  await settings.importFile({ name: "broken.json", text: "{ not json" });
  await expect(settings.dataFeedback).toHaveText("That file isn't a chat export we can import: it is not valid JSON.");
  await settings.instructionsInput.fill("Answer in short sentences.");
  await settings.instructionsSave.click();
  await expect(settings.instructionsFeedback).toHaveText(/^Saved/);
  await page.goBack();
  await expect(chatPage.conversationItems.filter({ hasText: "Plan a picnic for Saturday" })).toHaveCount(2);
});
