import { ChatPage } from "./pages/ChatPage";
import { SignInPage, uniqueUserName } from "./pages/SignInPage";
import { expect, test } from "./support/fixtures";

test("signed-out visitors go to sign-in and come back to where they were", async ({
  page,
  browser,
  chatPage,
  signInPage,
}, testInfo) => {
  const name = uniqueUserName(testInfo);
  await signInPage.goto();
  await expect(signInPage.banner).toHaveText("Dev sign-in (offline stack)");
  await signInPage.signIn(name);
  await chatPage.sendAndWait("Remember this conversation");
  const path = new URL(page.url()).pathname;

  await chatPage.signOut.click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto(path);
  await expect(page).toHaveURL(`/sign-in?from=${encodeURIComponent(path)}`);

  // A fresh tab (no session) lands on sign-in too, and returns after it.
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(path);
  await expect(other).toHaveURL(/\/sign-in\?from=/);
  await new SignInPage(other).signIn(name);
  await expect(other).toHaveURL(path);
  await expect(new ChatPage(other).userMessages.first()).toContainText("Remember this conversation");
  await context.close();
});

test("a second user sees none of the first user's conversations, even by URL", async ({
  page,
  browser,
  chatPage,
  signInAsNewUser,
}, testInfo) => {
  await signInAsNewUser({ label: "first" });
  await chatPage.sendAndWait("Private note about my secret project");
  const firstUsersPath = new URL(page.url()).pathname;
  await expect(chatPage.conversationItems).toHaveCount(1);

  const context = await browser.newContext();
  const otherPage = await context.newPage();
  const other = new ChatPage(otherPage);
  const signIn = new SignInPage(otherPage);
  await signIn.goto();
  await signIn.signIn(uniqueUserName(testInfo, "second"));

  await expect(otherPage.getByTestId("conversation-list-empty")).toBeVisible();
  await expect(other.conversationItems).toHaveCount(0);

  await otherPage.goto(firstUsersPath);
  await expect(other.notFound).toBeVisible();
  await expect(otherPage.getByText("secret project")).toHaveCount(0);
  await expect(other.messages).toHaveCount(0);
  await context.close();
});

test("unknown URLs and mangled conversation ids show not-found", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  await page.goto("/no/such/page");
  await expect(chatPage.notFound).toBeVisible();
  await page.goto("/c/not-a-real-id");
  await expect(chatPage.notFound).toBeVisible();
});

test("ADMIN_EMAILS makes an admin from the verified email alone, and another email signs in as a plain user", async ({
  page,
  chatPage,
  signInPage,
}, testInfo) => {
  const name = uniqueUserName(testInfo, "listed");
  await signInPage.goto();
  // The offline stack lists admin@dev.local; the role chosen on the form stays "user".
  await signInPage.signIn(name, { role: "user", email: "admin@dev.local" });
  await expect(page.getByTestId("nav-admin")).toBeVisible();
  await chatPage.signOut.click();
  await signInPage.signIn(name, { role: "user", email: `${Date.now().toString(36)}@not-listed.test` });
  await expect(page.getByTestId("current-user")).toContainText(name);
  await expect(page.getByTestId("nav-admin")).toHaveCount(0);
});
