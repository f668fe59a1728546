import { receivedRequests } from "../scripts/harness/llm-server/control";
import { keyIdOf } from "../scripts/harness/llm-server/key-id";
import { SettingsPage } from "./pages/SettingsPage";
import { SignInPage, uniqueUserName } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";
import { stackUrls } from "./support/stack-config";

test.afterEach(clearLlmFaults);

// Well-formed Groq keys (gsk_ + 52 letters/digits), unique per run. The local
// LLM server accepts any bearer key; fault rules single one out by key id.
const groqKey = (tag: string) =>
  `gsk${"_"}${(tag + Date.now().toString(36) + "x".repeat(52)).replace(/[^A-Za-z0-9]/g, "").slice(0, 52)}`;
const chatCallsWith = async (keyId: string) =>
  (await receivedRequests(stackUrls().llm)).filter(
    (request) => request.keyId === keyId && request.path.endsWith("/chat/completions"),
  ).length;

test("a key the provider rejects is refused and not stored; a working one is kept only as a hint", async ({
  page,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.saveKey("groq", "gsk_tooShort");
  await expect(settings.feedback("groq")).toContainText("looks cut off");

  const rejected = groqKey("rejected");
  await addLlmFault({
    keyId: await keyIdOf(rejected),
    endpoint: "models",
    fault: { status: 401, message: "Invalid API Key" },
  });
  await settings.saveKey("groq", rejected);
  await expect(settings.feedback("groq")).toContainText("Groq didn't accept this key");
  await expect(settings.saved("groq")).toHaveCount(0);
  await page.reload();
  await expect(settings.keyInput("groq")).toBeVisible(); // nothing was stored

  const good = groqKey("good");
  await settings.saveKey("groq", good);
  await expect(settings.feedback("groq")).toContainText("Groq accepted the key");
  await expect(settings.hint("groq")).toHaveText(good.slice(-4));
  await expect(settings.root).not.toContainText(good.slice(0, 12));
  const liveChecks = (await receivedRequests(stackUrls().llm)).filter((request) => request.path.endsWith("/models"));
  expect(liveChecks.map((request) => request.keyId)).toContain(await keyIdOf(good));

  // At rest the key is ciphertext: nothing in IndexedDB or localStorage holds it in the clear.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open("guarded-chat-vault");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const values = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction("keys").objectStore("keys").getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    return JSON.stringify(values) + JSON.stringify({ ...localStorage });
  });
  expect(stored).toContain('"keyHint"');
  expect(stored).not.toContain(good.slice(4, 20));

  await settings.removeButton("groq").click();
  await expect(settings.keyInput("groq")).toBeVisible();
  await expect(settings.useOwnKey).toBeDisabled();
});

test("with 'Use my own key' on, sends go out on the user's key, its cost counts towards their own limit, and the limit refuses before sending", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  test.setTimeout(90_000);
  await signInAsNewUser();
  const settings = new SettingsPage(page);
  await settings.open();
  const key = groqKey("mine");
  const keyId = await keyIdOf(key);
  await settings.saveKey("groq", key);
  await expect(settings.saved("groq")).toBeVisible();
  await settings.useOwnKey.check();
  await expect(settings.inUse).toContainText("Groq key");
  await expect(settings.spentToday).toHaveAttribute("data-spent-micros", "0");

  await page.getByRole("link", { name: "Guarded AI chat" }).click();
  const reply = await chatPage.sendAndWait("Answer this on my own key");
  await expect(reply.getByTestId("own-key-badge")).toContainText("your groq key");
  await expect(reply.getByTestId("message-provider")).toContainText("groq · openai/gpt-oss-20b");
  expect(await chatCallsWith(keyId)).toBe(1); // the provider saw the user's key, not the deployment's

  await settings.open();
  await expect.poll(async () => Number(await settings.spentToday.getAttribute("data-spent-micros"))).toBeGreaterThan(0);

  // A limit too small for the worst case refuses the next send before anything leaves the browser.
  await settings.setLimit("0.0001");
  await expect(settings.limitFeedback).toContainText("Saved");
  await page.getByRole("link", { name: "Guarded AI chat" }).click();
  await chatPage.composer.fill("This one is over my limit");
  await chatPage.composer.press("Enter");
  await expect(chatPage.composerProblem).toContainText("over your own daily limit");
  await expect(chatPage.composer).toHaveValue("This one is over my limit");
  expect(await chatCallsWith(keyId)).toBe(1);
});

test("retrying a failed own-key reply generates it with the user's key again", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  test.setTimeout(90_000);
  await signInAsNewUser();
  const settings = new SettingsPage(page);
  await settings.open();
  const key = groqKey("retry");
  const keyId = await keyIdOf(key);
  await settings.saveKey("groq", key);
  await expect(settings.saved("groq")).toBeVisible();
  await settings.useOwnKey.check();
  await page.getByRole("link", { name: "Guarded AI chat" }).click();

  // 400 is never retried: the reply fails on the first call.
  await addLlmFault({ keyId, endpoint: "chat", times: 1, fault: { status: 400, message: "Bad request" } });
  const reply = await chatPage.sendAndWait("Fail once on my key", "failed", 30_000);
  await reply.getByTestId("retry-button").click();
  await expect(reply).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  await expect(reply.getByTestId("own-key-badge")).toBeVisible();
  expect(await chatCallsWith(keyId)).toBe(2);
});

test("another user in this browser finds no saved keys and own-key mode off: after sign-out, and in a new tab without one", async ({
  page,
  chatPage,
  signInPage,
  signInAsNewUser,
}, testInfo) => {
  await signInAsNewUser({ label: "owner" });
  const settings = new SettingsPage(page);
  await settings.open();
  const key = groqKey("owner");
  await settings.saveKey("groq", key);
  await expect(settings.saved("groq")).toBeVisible();
  await settings.useOwnKey.check();
  await settings.setLimit("0.50");
  await expect(settings.limitFeedback).toContainText("Saved");

  // A second tab of the same browser (same IndexedDB and localStorage), signed in as someone else.
  const otherTab = await page.context().newPage();
  const otherSignIn = new SignInPage(otherTab);
  await otherSignIn.goto();
  await otherSignIn.signIn(uniqueUserName(testInfo, "switch"));
  const otherSettings = new SettingsPage(otherTab);
  await otherSettings.open();
  await expectNoOwnKeyState(otherSettings);
  await otherTab.close();

  // The first user signs out; the next one signs in on the same tab.
  await page.getByRole("link", { name: "Guarded AI chat" }).click();
  await chatPage.signOut.click();
  await signInPage.signIn(uniqueUserName(testInfo, "next"));
  await settings.open();
  await expectNoOwnKeyState(settings);
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain("byok-use");
  expect(stored).not.toContain("byok-limit");
});

async function expectNoOwnKeyState(settings: SettingsPage) {
  await expect(settings.keyInput("groq")).toBeVisible();
  await expect(settings.saved("groq")).toHaveCount(0);
  await expect(settings.saved("openrouter")).toHaveCount(0);
  await expect(settings.useOwnKey).not.toBeChecked();
  await expect(settings.useOwnKey).toBeDisabled();
  await expect(settings.limitInput).toHaveValue("1.00");
}
