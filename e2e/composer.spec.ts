import { expect, test } from "./support/fixtures";

const MAX_INPUT_CHARS = 50_000; // rules/input/length.ts

test("Enter sends, Shift+Enter adds a line, and the character count is live", async ({ chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await expect(chatPage.sendButton).toBeDisabled(); // nothing to send yet
  await chatPage.composer.click();
  await chatPage.composer.pressSequentially("first line");
  await chatPage.composer.press("Shift+Enter");
  await chatPage.composer.pressSequentially("second");
  await expect(chatPage.composer).toHaveValue("first line\nsecond");
  await expect(chatPage.charCount).toContainText(`17 / ${MAX_INPUT_CHARS.toLocaleString("en-US")}`);

  await chatPage.composer.press("Enter");
  await expect(chatPage.userMessages).toHaveCount(1);
  await expect(chatPage.userMessages.first()).toContainText("first line");
  await expect(chatPage.composer).toHaveValue("");
  await expect(chatPage.charCount).toContainText("0 / ");
});

test("an over-limit paste is refused with a message and the typed text kept", async ({ chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await chatPage.composer.fill("Keep me");
  await chatPage.composer.evaluate((textarea, length) => {
    const data = new DataTransfer();
    data.setData("text/plain", "x".repeat(length));
    textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, MAX_INPUT_CHARS);

  await expect(chatPage.composerProblem).toContainText("Nothing was pasted");
  await expect(chatPage.composerProblem).toContainText("the limit is 50,000");
  await expect(chatPage.composer).toHaveValue("Keep me");
});
