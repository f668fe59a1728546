import { expect, test } from "./support/fixtures";

test("the header shows the browser's network, the Convex link and provider health, and goes offline with the network", async ({
  page,
  context,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const status = page.getByTestId("network-status");
  await expect(status).toHaveAttribute("data-online", "true");
  await expect(status).toHaveAttribute("data-convex", "connected");
  await expect(status.getByTestId("network-link")).toHaveText("Connected");
  await expect(status.getByTestId("provider-health")).toHaveCount(2);
  await expect(status.locator('[data-provider="openrouter"]')).toHaveAttribute("data-score", /^\d+$/);

  await context.setOffline(true);
  await expect(status).toHaveAttribute("data-online", "false");
  await expect(status.getByTestId("network-link")).toHaveText("Offline");

  await context.setOffline(false);
  await expect(status).toHaveAttribute("data-online", "true");
  await expect(status).toHaveAttribute("data-convex", "connected", { timeout: 30_000 });
  await expect(status.getByTestId("network-link")).toHaveText("Connected");
});
