import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";

import type { Tier } from "../../rules/entitlements";

export type { Tier };
export type Role = "user" | "admin";

/**
 * A name no other test uses: the dev issuer derives the user from it, and
 * rate limits and conversations are per user, so tests never share either.
 */
export function uniqueUserName(testInfo: TestInfo, label = "user"): string {
  const slug = testInfo.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 30);
  return `${label} ${slug} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** The offline dev sign-in form at /sign-in. */
export class SignInPage {
  readonly form: Locator;
  readonly banner: Locator;
  readonly name: Locator;
  readonly email: Locator;
  readonly tier: Locator;
  readonly role: Locator;
  readonly submit: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("dev-signin-form");
    this.banner = page.getByTestId("dev-signin-banner");
    this.name = page.getByTestId("dev-signin-name");
    this.email = page.getByTestId("dev-signin-email");
    this.tier = page.getByTestId("dev-signin-tier");
    this.role = page.getByTestId("dev-signin-role");
    this.submit = page.getByTestId("dev-signin-submit");
  }

  async goto(): Promise<void> {
    await this.page.goto("/sign-in");
    await expect(this.form).toBeVisible();
  }

  /** Signs in on the form already shown and waits until the app has left /sign-in. */
  async signIn(
    name: string,
    { tier = "pro", role = "user", email = "" }: { tier?: Tier; role?: Role; email?: string } = {},
  ): Promise<void> {
    await this.name.fill(name);
    await this.email.fill(email);
    await this.tier.selectOption(tier);
    await this.role.selectOption(role);
    await this.submit.click();
    await expect(this.page).not.toHaveURL(/\/sign-in/);
    await expect(this.page.getByTestId("current-user")).toContainText(name);
  }
}
