import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

// Issue 12: Stop used to be free (the whole hold given back). A stopped reply
// keeps the text the user saw, and costs the prompt plus what was produced.
test("Stop keeps the text shown and the usage meter moves by the reply's cost", async ({
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  // The meter rounds for people; its tooltip carries the exact amounts.
  await expect(chatPage.spendExact).toHaveAttribute(
    "title",
    /^Spent today: \$0\.00\. Held for replies in progress: \$0\.00 /,
  );
  // 40 tokens at 300 ms: a 12 s reply, time to press Stop after a few tokens.
  await addLlmFault({ times: 1, fault: { tokenDelayMs: 300 } });

  await chatPage.send("Write something long that I will stop");
  const reply = chatPage.lastReply();
  await expect(reply).toHaveAttribute("data-status", "streaming");
  await expect(chatPage.replyText(reply)).not.toBeEmpty();
  await reply.getByTestId("stop-button").click();
  await expect(reply).toHaveAttribute("data-status", "stopped");
  const shown = await chatPage.replyText(reply).innerText();
  expect(shown.length).toBeGreaterThan(0);

  // The generation notices the Stop at its next write and settles: the reply shows its cost…
  await expect(chatPage.replyCost(reply)).toHaveText(/\$0\.0000*[1-9]\d*/, { timeout: 15_000 });
  const cost = (await chatPage.replyCost(reply).innerText()).replace(/^[\s·]+/, "");
  // …the meter moved from $0.00 by exactly that cost (the hold is gone, the spend is there)…
  const settled = new RegExp(`^Spent today: \\${cost}\\. Held for replies in progress: \\$0\\.00 `);
  await expect(chatPage.spendExact).toHaveAttribute("title", settled);
  // …and the text the user saw is the text kept, after a reload too.
  expect(await chatPage.replyText(reply).innerText()).toBe(shown);
  await chatPage.page.reload();
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "stopped");
  await expect(chatPage.replyText()).toHaveText(shown);
  await expect(chatPage.spendExact).toHaveAttribute("title", settled);
});
