import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

test("the first send in a new chat shows the message at once: no skeleton, no 'Loading…' title", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  await expect(page.getByTestId("thread-empty")).toBeVisible();
  // Watch the DOM from before Enter until the reply is stored: any skeleton or "Loading…" title is recorded.
  await page.evaluate(() => {
    const seen = { skeleton: false, loadingTitle: false };
    (window as unknown as { __flicker: typeof seen }).__flicker = seen;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="thread-loading"]')) seen.skeleton = true;
      if (document.querySelector('[data-testid="conversation-title"]')?.textContent?.includes("Loading…"))
        seen.loadingTitle = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await addLlmFault({ times: 1, fault: { firstTokenDelayMs: 600 } });
  await chatPage.composer.fill("My very first question");
  await chatPage.composer.press("Enter");
  // On screen straight away, and the composer is clear.
  await expect(chatPage.userMessages.first()).toContainText("My very first question", { timeout: 500 });
  await expect(chatPage.composer).toHaveValue("");
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.userMessages).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __flicker: object }).__flicker)).toEqual({
    skeleton: false,
    loadingTitle: false,
  });
});

test("offline, a send is refused at once with the reason, the draft kept; provider chips turn unknown; back online it sends", async ({
  page,
  context,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const chips = page.getByTestId("provider-health");
  await expect(chips).toHaveCount(2);
  await context.setOffline(true);
  await expect(chips.first()).toHaveAttribute("data-condition", "unknown");
  await expect(chips.last()).toHaveAttribute("data-condition", "unknown");

  await chatPage.composer.fill("Written on the train");
  await chatPage.composer.press("Enter");
  await expect(chatPage.composerProblem).toContainText("You're offline, so this wasn't sent");
  await expect(chatPage.composerProblem).toContainText("send it when you're back online");
  await expect(chatPage.composer).toHaveValue("Written on the train");
  await expect(chatPage.sendButton).not.toContainText("Sending…");
  await expect(chatPage.userMessages).toHaveCount(0);

  await context.setOffline(false);
  await expect(chips.first()).not.toHaveAttribute("data-condition", "unknown");
  await expect(page.getByTestId("network-status")).toHaveAttribute("data-convex", "connected", { timeout: 30_000 });
  await chatPage.sendButton.click();
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.userMessages.first()).toContainText("Written on the train");
});

test("Escape stops a streaming reply", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await addLlmFault({ times: 1, fault: { tokenDelayMs: 150 } });
  await chatPage.send("Tell me something long");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "streaming", { timeout: 15_000 });
  await expect(page.getByTestId("stop-button")).toHaveAttribute("aria-keyshortcuts", "Escape");
  await page.keyboard.press("Escape");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "stopped");
  await expect(chatPage.lastReply().getByTestId("message-stopped")).toBeVisible();
});

test("the offline demo model answers with the blocks asked for, rendered: list, table, Python, JavaScript, link", async ({
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("Show me everything the renderer can do");
  const content = chatPage.replyText(reply);
  await expect(content.locator("table th").first()).toHaveText("Tier");
  await expect(content.locator("ul li").first()).toContainText("Guardrails");
  await expect(content.locator("ol li")).toHaveCount(3);
  await expect(content.locator("pre code")).toHaveCount(2);
  await expect(content.locator("pre").first()).toContainText("def greet");
  await expect(content.locator("pre").last()).toContainText("const greet");
  await expect(content.locator('a[href^="https://www.markdownguide.org"]')).toHaveCount(1);
  await expect(content).not.toContainText("**");

  const plain = await chatPage.sendAndWait("hello again");
  await expect(chatPage.replyText(plain)).toContainText("Ask for a list");
  await expect(chatPage.replyText(plain).locator("pre")).toHaveCount(0);
});

test("the composer's focus is a visible ring, not a 1 px colour change", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  await chatPage.composer.focus();
  const ring = await page.getByTestId("composer").evaluate((form) => {
    const style = getComputedStyle(form);
    return { width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  expect(ring.style).toBe("solid");
  expect(ring.width).toBeGreaterThanOrEqual(2);
});
