import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

test("sends a message, streams the reply as it grows, and finds it stored after a reload", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  await expect(chatPage.page.getByTestId("thread-empty")).toContainText("Start a conversation");
  // ~40 tokens 40 ms apart: about 1.6 s of streaming, several batched writes.
  await addLlmFault({ times: 1, fault: { tokenDelayMs: 40 } });

  await chatPage.send("Tell me about guardrails");
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
  const reply = chatPage.lastReply();

  // Sample the reply inside the page (every animation frame) until it settles.
  const samples = await reply.evaluate(
    (element) =>
      new Promise<{ status: string; length: number }[]>((resolve) => {
        const seen: { status: string; length: number }[] = [];
        const started = performance.now();
        const sample = () => {
          const status = element.getAttribute("data-status") ?? "";
          const length = element.querySelector('[data-testid="message-content"]')?.textContent?.length ?? 0;
          seen.push({ status, length });
          if (status === "done" || status === "failed" || status === "stopped" || performance.now() - started > 20_000)
            resolve(seen);
          else requestAnimationFrame(sample);
        };
        sample();
      }),
  );

  const streamedLengths = [
    ...new Set(samples.filter((s) => s.status === "streaming" && s.length > 0).map((s) => s.length)),
  ];
  expect(samples.at(-1)?.status).toBe("done");
  expect(streamedLengths.length, `lengths seen while streaming: ${streamedLengths.join(", ")}`).toBeGreaterThanOrEqual(
    2,
  );
  expect(streamedLengths).toEqual([...streamedLengths].sort((a, b) => a - b)); // only ever grows
  await expect(chatPage.replyText(reply)).toContainText("Offline demo model");
  await expect(chatPage.replyText(reply)).toContainText("Tell me about guardrails");

  const url = page.url();
  await expect(chatPage.conversationItems).toHaveCount(1);
  await expect(chatPage.conversationItems.first()).toContainText("Tell me about guardrails");

  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(chatPage.userMessages).toHaveCount(1);
  await expect(chatPage.userMessages.first()).toContainText("Tell me about guardrails");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.replyText()).toContainText("Offline demo model");
  await expect(chatPage.lastReply().getByTestId("message-provider")).toContainText("groq");
});

test("stops a reply mid-stream", async ({ chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  // 40 tokens at 300 ms: a 12 s reply, plenty of time to press Stop.
  await addLlmFault({ times: 1, fault: { tokenDelayMs: 300 } });

  await chatPage.send("Write something long");
  const reply = chatPage.lastReply();
  await expect(reply).toHaveAttribute("data-status", "streaming");
  await expect(chatPage.replyText(reply)).not.toBeEmpty();
  await expect(reply.getByTestId("message-status")).toHaveText("Writing…");

  await reply.getByTestId("stop-button").click();
  await expect(reply).toHaveAttribute("data-status", "stopped");
  await expect(reply.getByTestId("stop-button")).toHaveCount(0);
  await expect(reply.getByTestId("retry-button")).toBeVisible();
  const stoppedText = await chatPage.replyText(reply).innerText();
  expect(stoppedText.length).toBeGreaterThan(0);

  // Stopped means stopped: nothing more arrives, and the state is stored.
  await chatPage.page.waitForTimeout(1_000);
  expect(await chatPage.replyText(reply).innerText()).toBe(stoppedText);
  await chatPage.page.reload();
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "stopped");
  // One reply at a time: the composer is usable again once it stopped.
  await chatPage.composer.fill("Next question");
  await expect(chatPage.sendButton).toBeEnabled();
});
