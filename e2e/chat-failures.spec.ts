import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

test("a reply that fails on every provider shows why, and Retry brings it back", async ({
  chatPage,
  signInAsNewUser,
}) => {
  test.setTimeout(90_000);
  await signInAsNewUser();
  // Every provider answers 500 (the backend retries with backoff, then fails over, then gives up).
  await addLlmFault({ provider: "groq", times: 100, fault: { status: 500 } });
  await addLlmFault({ provider: "openrouter", times: 100, fault: { status: 500 } });

  const reply = await chatPage.sendAndWait("Will this work?", "failed", 45_000);
  await expect(reply.getByTestId("message-error")).toContainText("Every AI provider failed");
  await expect(reply.getByTestId("retry-button")).toBeVisible();

  await clearLlmFaults();
  await reply.getByTestId("retry-button").click();
  await expect(reply).toHaveAttribute("data-status", "done", { timeout: 15_000 });
  await expect(reply.getByTestId("message-error")).toHaveCount(0);
  await expect(chatPage.replyText(reply)).toContainText("Offline demo model");
  await expect(chatPage.userMessages).toHaveCount(1); // retried in place, not re-sent
});

test("when Groq fails, the reply comes from OpenRouter and says so", async ({ chatPage, signInAsNewUser }) => {
  test.setTimeout(60_000);
  await signInAsNewUser();
  await addLlmFault({ provider: "groq", times: 100, fault: { status: 500 } });

  const reply = await chatPage.sendAndWait("Who answers this?", "done", 30_000);
  await expect(reply.getByTestId("message-provider")).toContainText("openrouter · ");
  await expect(chatPage.replyText(reply)).toContainText("Offline demo model");
});
