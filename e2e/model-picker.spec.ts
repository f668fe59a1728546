import { ChatPage } from "./pages/ChatPage";
import { SignInPage } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";

// Issue 20 item 1: the tier's models with price and speed; the chosen one
// answers (the local LLM server answers for any model name) and stays chosen
// for the conversation.
test("picks a model in the composer, the reply footer names it, and the conversation keeps it", async ({
  browser,
  chatPage,
  page,
  signInAsNewUser,
}) => {
  const name = await signInAsNewUser({ tier: "pro" });
  const llama = chatPage.modelPicker().locator('option[value="groq|llama-3.3-70b-versatile"]');
  await expect(llama).toHaveText("Llama 3.3 70B · Groq · $0.59 / $0.79 per M tokens · balanced");
  await chatPage.pickModel("groq", "llama-3.3-70b-versatile");

  const reply = await chatPage.sendAndWait("Which model is answering?");
  await expect(reply.getByTestId("message-provider")).toHaveText("groq · llama-3.3-70b-versatile");
  // Now on the new conversation's page: the choice moved with it, and the next reply uses it too.
  await expect(chatPage.modelPicker()).toHaveValue("groq|llama-3.3-70b-versatile");
  const second = await chatPage.sendAndWait("And this one?");
  await expect(second.getByTestId("message-provider")).toHaveText("groq · llama-3.3-70b-versatile");

  // The choice is the conversation's, on the server: another device shows it, and its "Default" shows here too.
  const otherDevice = await browser.newContext();
  try {
    const other = await otherDevice.newPage();
    const signIn = new SignInPage(other);
    await signIn.goto();
    await signIn.signIn(name, { tier: "pro" });
    await other.goto(page.url());
    const otherChat = new ChatPage(other);
    await expect(otherChat.modelPicker()).toHaveValue("groq|llama-3.3-70b-versatile");
    await otherChat.modelPicker().selectOption("");
    await expect(chatPage.modelPicker()).toHaveValue("");
  } finally {
    await otherDevice.close();
  }
});
