import { receivedRequests } from "../scripts/harness/llm-server/control";
import { expect, test } from "./support/fixtures";
import { stackUrls } from "./support/stack-config";

const providerCalls = async () =>
  (await receivedRequests(stackUrls().llm)).filter((request) => request.path.endsWith("/chat/completions")).length;

test("a repeated question is answered from the browser's cache: shown as cached, no provider call, still there after a reload", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const prompt = "What does the response cache do?";
  const first = await chatPage.sendAndWait(prompt);
  await expect(first.getByTestId("cached-badge")).toHaveCount(0);
  await expect(chatPage.replyText(first)).toContainText("Offline demo model");
  const callsBefore = await providerCalls();

  // The same question with the same (empty) context: a new conversation.
  await chatPage.newConversation.click();
  await expect(page).toHaveURL(/\/$/);
  await chatPage.send(prompt);
  const cached = chatPage.lastReply();
  await expect(cached.getByTestId("cached-badge")).toHaveText("cached");
  await expect(chatPage.replyText(cached)).toContainText(`You said: “${prompt}”`);
  await expect(cached.getByTestId("message-cost")).toHaveText(" · $0.00");
  await expect(page).toHaveURL(/\/c\/[^/]+$/); // stored: the server copied the reply it verified
  await expect(chatPage.conversationItems).toHaveCount(2);
  // A cache hit is still a request: the per-minute meter counts it.
  await expect(chatPage.usageMeter.getByTestId("usage-requests-value")).toHaveText(/^2\//);

  await page.reload();
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.lastReply().getByTestId("cached-badge")).toBeVisible();
  await expect(chatPage.replyText()).toContainText(`You said: “${prompt}”`);
  await expect(chatPage.userMessages).toHaveCount(1);
  expect(await providerCalls()).toBe(callsBefore);
});

// Changed on purpose (issue 20): Regenerate is a new version of the reply (‹ 2/2 ›), no longer a new exchange.
test("Regenerate on a cached reply asks the provider again instead, as a new version", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const prompt = "Regenerate me, please";
  await chatPage.sendAndWait(prompt);
  await chatPage.newConversation.click();
  await chatPage.send(prompt);
  await expect(chatPage.lastReply().getByTestId("cached-badge")).toBeVisible();
  await expect(page).toHaveURL(/\/c\/[^/]+$/);
  const callsBefore = await providerCalls();

  await chatPage.lastReply().getByTestId("regenerate-button").click();
  const fresh = chatPage.lastReply();
  await expect(fresh.getByTestId("version-position")).toHaveText("2/2");
  await expect(fresh).toHaveAttribute("data-status", "done");
  await expect(fresh.getByTestId("cached-badge")).toHaveCount(0);
  await expect(chatPage.replies).toHaveCount(1);
  await expect(chatPage.userMessages).toHaveCount(1);
  expect(await providerCalls()).toBe(callsBefore + 1);
});

test("the cache belongs to the signed-in user: the next user in this tab asks the provider", async ({
  chatPage,
  signInPage,
  signInAsNewUser,
}, testInfo) => {
  await signInAsNewUser();
  const prompt = "Is this cached for someone else?";
  await chatPage.sendAndWait(prompt);
  await chatPage.signOut.click();
  await signInPage.signIn(`other ${testInfo.title.slice(0, 10)} ${Date.now().toString(36)}`);
  const callsBefore = await providerCalls();
  const reply = await chatPage.sendAndWait(prompt);
  await expect(reply.getByTestId("cached-badge")).toHaveCount(0);
  expect(await providerCalls()).toBe(callsBefore + 1);
});

test("a cache hit past the per-minute limit is refused like any send: the draft stays, the hit is taken back", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser({ tier: "free" }); // 5 a minute
  // Start early in a minute so all six requests land in one window.
  const leftInMinute = 60_000 - (Date.now() % 60_000);
  if (leftInMinute < 25_000) await page.waitForTimeout(leftInMinute + 500);
  const prompt = "Cache me five times";
  await chatPage.sendAndWait(prompt);
  for (let hit = 2; hit <= 5; hit++) {
    await chatPage.newConversation.click();
    await chatPage.send(prompt);
    await expect(chatPage.lastReply().getByTestId("cached-badge")).toBeVisible();
    await expect(page).toHaveURL(/\/c\/[^/]+$/);
    await expect(chatPage.usageMeter.getByTestId("usage-requests-value")).toHaveText(`${hit}/5`);
  }
  const callsBefore = await providerCalls();

  await chatPage.newConversation.click();
  await chatPage.send(prompt);
  await expect(chatPage.limitNotice).toContainText("You've hit your limit of 5 messages a minute");
  await expect(chatPage.composer).toHaveValue(prompt);
  await expect(chatPage.replies).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  expect(await providerCalls()).toBe(callsBefore);
});
