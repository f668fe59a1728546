import { expect, test } from "./support/fixtures";

// Free plan: 5 messages per fixed, epoch-aligned minute (rules/entitlements.ts, rules/rate-window.ts).
const FREE_PER_MINUTE = 5;
const WINDOW_MS = 60_000;

test("a free user's 6th message in a minute waits out a live countdown, keeping the draft, then sends", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  test.slow(); // Waits for the rate-limit window to end (up to a minute).
  await signInAsNewUser({ tier: "free" });

  // Start early in a window so all six sends land in the same one.
  const leftInWindow = WINDOW_MS - (Date.now() % WINDOW_MS);
  if (leftInWindow < 20_000) await page.waitForTimeout(leftInWindow + 500);

  for (let i = 1; i <= FREE_PER_MINUTE; i++) await chatPage.sendAndWait(`Message number ${i}`);
  await expect(chatPage.usageMeter.getByTestId("usage-requests-value")).toHaveText(
    `${FREE_PER_MINUTE}/${FREE_PER_MINUTE}`,
  );
  // Before trying: the meter says when the window frees, counting down.
  const frees = chatPage.usageMeter.getByTestId("usage-requests-frees");
  await expect(frees).toHaveText(/frees in \d+ s/);
  const freesIn = async () => Number(await frees.getAttribute("data-seconds-left"));
  const freesFirst = await freesIn();
  await expect.poll(freesIn, { timeout: 5_000 }).toBeLessThan(freesFirst);
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });

  const draft = "The sixth message\nwith a second line that must not be lost";
  await chatPage.composer.fill(draft);
  await chatPage.sendButton.click();

  await expect(chatPage.limitNotice).toContainText(`You've hit your limit of ${FREE_PER_MINUTE} messages a minute`);
  await expect(chatPage.limitCountdown).toBeVisible();
  await expect(chatPage.sendButton).toBeDisabled();
  await expect(chatPage.composer).toHaveValue(draft);
  await expect(chatPage.userMessages).toHaveCount(FREE_PER_MINUTE); // nothing was stored

  // Live: the seconds go down.
  const secondsLeft = async () => Number(await chatPage.limitCountdown.getAttribute("data-seconds-left"));
  const first = await secondsLeft();
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThanOrEqual(60);
  await expect.poll(secondsLeft, { timeout: 5_000 }).toBeLessThan(first);
  await expect(chatPage.limitCountdown).toHaveText(/^\d+ s$/);

  // Enter is refused too while blocked, and still keeps the text.
  await chatPage.composer.press("Enter");
  await expect(chatPage.composer).toHaveValue(draft);

  // A refusal is an expected outcome: shown on screen, not written as a console error.
  expect(consoleErrors).toEqual([]);

  // When the countdown ends, the notice says so, the button comes back and the same draft goes through.
  await expect(chatPage.limitNotice).toHaveCount(0, { timeout: (first + 5) * 1000 });
  await expect(page.getByTestId("limit-cleared")).toContainText("you can send again");
  await expect(chatPage.sendButton).toBeEnabled();
  await expect(chatPage.composer).toHaveValue(draft);
  await chatPage.sendButton.click();
  await expect(chatPage.userMessages).toHaveCount(FREE_PER_MINUTE + 1);
  await expect(chatPage.userMessages.last()).toContainText("with a second line that must not be lost");
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done");
  await expect(chatPage.composer).toHaveValue("");
});
