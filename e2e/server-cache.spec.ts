import { receivedRequests } from "../scripts/harness/llm-server/control";
import { PromptPoolPanel } from "./pages/PromptPoolPanel";
import { ChatPage } from "./pages/ChatPage";
import { SignInPage } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";
import { stackUrls } from "./support/stack-config";

// The server cache seen from the browser (issue 14): a prepared answer during
// an outage, and a second device answered by the server with no provider call.

test.afterEach(clearLlmFaults);
const providerCalls = async () =>
  (await receivedRequests(stackUrls().llm)).filter((request) => request.path.endsWith("/chat/completions")).length;

test("with every provider down, a prepared prompt is answered and labelled 'prepared earlier'", async ({
  page,
  chatPage,
  signInPage,
}, testInfo) => {
  test.setTimeout(90_000);
  await signInPage.goto();
  await signInPage.signIn(`pool admin ${Date.now().toString(36)}`, { role: "admin" });
  await page.goto("/admin");
  const pool = new PromptPoolPanel(page);
  const prompt = `What is a prepared answer (${testInfo.workerIndex}-${Date.now().toString(36)})?`;
  await pool.prepare(prompt);

  await addLlmFault({ provider: "groq", times: 100, fault: { status: 503 } });
  await addLlmFault({ provider: "openrouter", times: 100, fault: { status: 503 } });
  await page.goto("/");
  const reply = await chatPage.sendAndWait(prompt, "done", 45_000);
  await expect(reply.getByTestId("prepared-badge")).toHaveText("prepared earlier");
  await expect(chatPage.replyText(reply)).toContainText("Offline demo model");
});

test("a new device of the same user is answered by the server cache, with no provider call", async ({
  browser,
  chatPage,
  signInAsNewUser,
}) => {
  const name = await signInAsNewUser();
  const prompt = "What does the server cache remember?";
  const first = await chatPage.sendAndWait(prompt);
  await expect(first.getByTestId("cached-badge")).toHaveCount(0);
  const callsBefore = await providerCalls();

  const otherDevice = await browser.newContext();
  try {
    const page = await otherDevice.newPage();
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(name, { tier: "pro" });
    const chat = new ChatPage(page);
    const reply = await chat.sendAndWait(prompt);
    await expect(reply.getByTestId("cached-badge")).toHaveAttribute("data-cache-tier", "exact");
    await expect(chat.replyText(reply)).toContainText(`You said: “${prompt}”`);
    expect(await providerCalls()).toBe(callsBefore);
  } finally {
    await otherDevice.close();
  }
});
