import { byokDevEnv } from "../scripts/harness/byok-dev-env.mjs";
import { AdminPage } from "./pages/AdminPage";
import { ConversationSidebar } from "./pages/ConversationSidebar";
import { SettingsPage } from "./pages/SettingsPage";
import { uniqueUserName } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";
import { stackUrls } from "./support/stack-config";

test("signed out, the sign-in page says what the app is, with the name field focused", async ({ page, signInPage }) => {
  await signInPage.goto();
  await expect(page.getByTestId("app-intro")).toContainText("Chat with an AI model, with guardrails you can see.");
  await expect(signInPage.name).toBeFocused();
});

test("the daily-cap refusal names the next message's worst case against what is left, with numbers, and writes no console.error", async ({
  page,
  chatPage,
  signInPage,
}, testInfo) => {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  const name = uniqueUserName(testInfo, "capped");
  await signInPage.goto();
  await signInPage.signIn(name, { role: "admin" });
  const admin = new AdminPage(page);
  await admin.gotoLoaded();
  await admin.setCap(name, "0.0001");
  await admin.confirm();
  await expect(admin.changeResult).toContainText("daily cap is now $0.0001");

  await page.goto("/");
  await chatPage.composer.fill("Will this fit in my budget?");
  await chatPage.composer.press("Enter");
  const message = page.getByTestId("limit-message");
  await expect(message).toContainText(/This message could cost up to \$0\.\d+ \(held until the reply is done\)/);
  await expect(message).toContainText("but only $0.0001 of today's $0.0001 budget is left ($0.00 used or held)");
  await expect(message).toContainText("It resets at midnight UTC");
  await expect(chatPage.composer).toHaveValue("Will this fit in my budget?");
  expect(errors.filter((text) => text.includes("daily_cost_cap"))).toEqual([]);
});

test("own key on the offline stack through the dev configuration: saved, switched on, shown in chat", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  // The e2e build sets exactly what `npm run dev` sets (scripts/harness/byok-dev-env.mjs).
  const expected = byokDevEnv(stackUrls().llm);
  await signInAsNewUser();
  const settings = new SettingsPage(page);
  await settings.open();
  await expect(page.getByTestId("byok-console-groq")).toHaveAttribute("href", "https://console.groq.com/keys");
  const checks: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith("/models")) checks.push(request.url());
  });
  const key = `gsk_${`firsthour${Date.now().toString(36)}`.padEnd(52, "x").slice(0, 52)}`;
  await settings.saveKey("groq", key);
  await expect(settings.feedback("groq")).toContainText("Groq accepted the key");
  expect(checks).toEqual([`${expected.VITE_BYOK_GROQ_BASE_URL}/models`]);

  await expect(settings.useOwnKey).toHaveAttribute("role", "switch");
  await settings.useOwnKey.check();
  await expect(page.getByTestId("byok-use-state")).toHaveText("On");
  await page.goto("/");
  await expect(page.getByTestId("own-key-indicator")).toContainText("Your Groq key");
  await chatPage.sendAndWait("Paid with my own key");
});

test("focus goes back to the rename button after saving, and to the delete button after closing its dialog", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  await chatPage.sendAndWait("A chat to rename");
  const sidebar = new ConversationSidebar(page);
  const item = sidebar.items.first();
  await item.getByTestId("conversation-rename").click();
  await sidebar.renameInput.fill("Renamed by keyboard");
  await sidebar.renameInput.press("Enter");
  await expect(item.getByTestId("conversation-link")).toHaveText("Renamed by keyboard");
  await expect(item.getByTestId("conversation-rename")).toBeFocused();

  await item.getByTestId("conversation-delete").click();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("confirm-dialog")).toHaveCount(0);
  await expect(item.getByTestId("conversation-delete")).toBeFocused();
});
