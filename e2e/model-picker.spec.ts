import { expect, test } from "./support/fixtures";

// Issue 20 item 1: the tier's models with price and speed; the chosen one
// answers (the local LLM server answers for any model name) and stays chosen
// for the conversation.
test("picks a model in the composer, the reply footer names it, and the conversation keeps it", async ({ chatPage, signInAsNewUser }) => {
  await signInAsNewUser({ tier: "pro" });
  const llama = chatPage.modelPicker().locator('option[value="groq|llama-3.3-70b-versatile"]');
  await expect(llama).toHaveText("Llama 3.3 70B · Groq · $0.59 / $0.79 per M tokens · balanced");
  await chatPage.pickModel("groq", "llama-3.3-70b-versatile");

  const reply = await chatPage.sendAndWait("Which model is answering?");
  await expect(reply.getByTestId("message-provider")).toHaveText("groq · llama-3.3-70b-versatile");
  // Now on the new conversation's page: the choice moved with it, and the next reply uses it too.
  await expect(chatPage.modelPicker()).toHaveValue("groq|llama-3.3-70b-versatile");
  const second = await chatPage.sendAndWait("And this one?");
  await expect(second.getByTestId("message-provider")).toHaveText("groq · llama-3.3-70b-versatile");
});
