import { expect, test } from "./support/fixtures";

test("conversations can be opened, renamed and deleted (after confirming)", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  await chatPage.sendAndWait("First topic");
  const firstPath = new URL(page.url()).pathname;
  await chatPage.newConversation.click();
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("thread-empty")).toContainText("Start a conversation");
  await chatPage.sendAndWait("Second topic");
  await expect(chatPage.conversationItems).toHaveCount(2);
  await expect(chatPage.conversationItems.first()).toContainText("Second topic"); // newest first

  // Open the older one from the list.
  const first = chatPage.conversationItems.filter({ hasText: "First topic" });
  await first.getByTestId("conversation-link").click();
  await expect(page).toHaveURL(firstPath);
  await expect(first.getByTestId("conversation-link")).toHaveAttribute("aria-current", "page");
  await expect(chatPage.userMessages.first()).toContainText("First topic");

  // Rename it.
  await first.getByTestId("conversation-rename").click();
  const input = page.getByTestId("conversation-rename-input");
  await input.fill("Renamed topic");
  await input.press("Enter");
  await expect(chatPage.conversationItems.filter({ hasText: "Renamed topic" })).toHaveCount(1);
  await expect(page.getByTestId("conversation-title")).toHaveText("Renamed topic");

  // Delete: cancelling keeps it, confirming removes it and leaves its page.
  const renamed = chatPage.conversationItems.filter({ hasText: "Renamed topic" });
  await renamed.getByTestId("conversation-delete").click();
  await page.getByTestId("confirm-cancel").click();
  await expect(page.getByTestId("confirm-dialog")).toHaveCount(0);
  await expect(chatPage.conversationItems).toHaveCount(2);

  await renamed.getByTestId("conversation-delete").click();
  await expect(page.getByTestId("confirm-dialog")).toContainText("Renamed topic");
  await page.getByTestId("confirm-accept").click();
  await expect(chatPage.conversationItems).toHaveCount(1);
  await expect(page).toHaveURL("/");
  await page.goto(firstPath);
  await expect(chatPage.notFound).toBeVisible();
});
