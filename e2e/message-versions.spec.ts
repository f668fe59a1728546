import { MessageTools } from "./pages/MessageTools";
import { expect, test } from "./support/fixtures";

// Copy reads the clipboard back: the context may read and write it.
test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("edit a message and flip between versions; regenerate a reply as a new version; rate it", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const tools = new MessageTools(page);
  await chatPage.sendAndWait("Tell me about Darjeeling");
  const question = chatPage.userMessages.first();

  await tools.edit(question, "Tell me about Arabica");
  await expect(tools.versionPosition(question)).toHaveText("2/2");
  await expect(question).toContainText("Tell me about Arabica");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.replyText()).toContainText("Arabica");
  await expect(chatPage.messages).toHaveCount(2);

  // The earlier version comes back with its own reply, and forth again.
  await tools.previousVersion(question);
  await expect(tools.versionPosition(question)).toHaveText("1/2");
  await expect(question).toContainText("Tell me about Darjeeling");
  await expect(chatPage.replyText()).toContainText("Darjeeling");
  await tools.nextVersion(question);
  await expect(tools.versionPosition(question)).toHaveText("2/2");
  await expect(chatPage.replyText()).toContainText("Arabica");

  await tools.regenerate(chatPage.lastReply());
  await expect(tools.versionPosition(chatPage.lastReply())).toHaveText("2/2");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");

  await tools.rate(chatPage.lastReply(), "down", "Too short");
  await expect(tools.feedbackNote(chatPage.lastReply())).toHaveText("Thanks for the feedback.");
  await expect(tools.feedbackButton(chatPage.lastReply(), "down")).toHaveAttribute("aria-pressed", "true");
});

test("copy a code block and a message: the clipboard holds exactly their text, and the button says Copied", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const tools = new MessageTools(page);
  const reply = await chatPage.sendAndWait("Show me some Python code");

  const copyCode = tools.copyCodeButton(reply);
  await copyCode.click();
  await expect(copyCode).toHaveText("Copied");
  const code = await tools.codeBlock(reply).textContent();
  expect(code).toContain("def ");
  expect(await tools.clipboardText()).toBe(code);

  const copyQuestion = tools.copyMessageButton(chatPage.userMessages.first());
  await copyQuestion.click();
  await expect(copyQuestion).toHaveText("Copied");
  expect(await tools.clipboardText()).toBe("Show me some Python code");
});
