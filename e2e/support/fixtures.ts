import { test as base } from "@playwright/test";
import { ChatPage } from "../pages/ChatPage";
import { SignInPage, uniqueUserName, type Tier } from "../pages/SignInPage";

type Fixtures = {
  signInPage: SignInPage;
  chatPage: ChatPage;
  /** Signs a fresh user in (unique name) and returns the name. */
  signInAsNewUser: (options?: { tier?: Tier; label?: string }) => Promise<string>;
};

export const test = base.extend<Fixtures>({
  // `provide`, not the usual `use`: the React hooks lint rule would take `use` for React's.
  signInPage: async ({ page }, provide) => provide(new SignInPage(page)),
  chatPage: async ({ page }, provide) => provide(new ChatPage(page)),
  signInAsNewUser: async ({ signInPage }, provide, testInfo) => {
    await provide(async ({ tier = "pro", label } = {}) => {
      const name = uniqueUserName(testInfo, label);
      await signInPage.goto();
      await signInPage.signIn(name, { tier });
      return name;
    });
  },
});

export { expect } from "@playwright/test";
