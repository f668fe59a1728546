import { containsSecret } from "../src/lib/monitoring/scrub";
import { expect, test } from "./support/fixtures";
import { leaks, posthogEvents, receivedBodies, sentryEvents, type SentryEvent } from "./support/ingest";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

test.afterEach(clearLlmFaults);

// PostHog drops events from browsers that look automated (a HeadlessChrome
// user agent, navigator.webdriver), as it should in production; these tests
// look like an ordinary Chrome so that its events are sent at all.
test.use({
  userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
});
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, "webdriver", { get: () => false }));
});

// Sentry and PostHog talk to the local ingest server (e2e/support/ingest-server.ts);
// PostHog batches its sends every few seconds, hence the polling.
const POLL = { timeout: 20_000, intervals: [250, 500, 1_000] };

/** Sentry messages for `alert` received since `since`. */
async function alertsSince(alert: string, since: number): Promise<SentryEvent[]> {
  const bodies = (await receivedBodies()).filter((body) => body.at >= since);
  return sentryEvents(bodies).filter((event) => event.tags?.alert === alert);
}

const groqLikeKey = () => `gsk${"_"}${("monitoring" + Date.now().toString(36) + "Q".repeat(52)).slice(0, 52)}`;

async function pasteInto(locator: import("@playwright/test").Locator, text: string): Promise<void> {
  await locator.evaluate((textarea, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    textarea.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a key pasted into the chat is refused with a warning and raises exposed_key_detected, naming only its kind", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  const since = Date.now();
  await signInAsNewUser();
  const key = groqLikeKey();

  await chatPage.composer.fill("Here is my key: ");
  await pasteInto(chatPage.composer, key);
  await expect(chatPage.composerProblem).toContainText(
    "Nothing was pasted: it contains what looks like a Groq API key",
  );
  await expect(chatPage.composer).toHaveValue("Here is my key: ");

  await expect.poll(async () => (await alertsSince("exposed_key_detected", since)).length, POLL).toBeGreaterThan(0);
  const [alert] = await alertsSince("exposed_key_detected", since);
  expect(alert).toMatchObject({
    message: "exposed_key_detected",
    level: "warning",
    release: "e2e",
    tags: { alert: "exposed_key_detected", pattern: "groq", source: "paste" },
  });

  // Typed in (not pasted), the key is warned about and cannot be sent; in the URL it is flagged too.
  await chatPage.composer.fill(`my key is ${key}`);
  await expect(page.getByTestId("exposed-key-warning")).toContainText("a Groq API key");
  await expect(chatPage.sendButton).toBeDisabled();
  await page.goto(`/?note=${key}`);
  await expect(page.getByTestId("exposed-key-in-url")).toContainText("a Groq API key");
  // A message sent from that page: analytics record the page URL, scrubbed on the way out.
  await chatPage.sendAndWait("Harmless follow-up");
  await expect
    .poll(
      async () =>
        posthogEvents((await receivedBodies()).filter((body) => body.at >= since)).find(
          (event) => event.event === "message_sent",
        )?.properties.$current_url,
      POLL,
    )
    .toBe("http://127.0.0.1:" + new URL(page.url()).port + "/?note=[redacted]");
  // Once per user per day: the paste already raised it.
  expect(await alertsSince("exposed_key_detected", since)).toHaveLength(1);
  expect(
    leaks(
      (await receivedBodies()).filter((body) => body.at >= since),
      [key],
    ),
  ).toEqual([]);
});

test("hitting the free plan's per-minute limit raises api_quota_exceeded and counts a limit_hit", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  test.setTimeout(90_000);
  const since = Date.now();
  await signInAsNewUser({ tier: "free" });
  // Six sends must land in one fixed minute window.
  const leftInWindow = 60_000 - (Date.now() % 60_000);
  if (leftInWindow < 15_000) await page.waitForTimeout(leftInWindow + 500);

  for (let i = 1; i <= 5; i++) await chatPage.sendAndWait(`Quota probe ${i}`);
  await chatPage.composer.fill("Quota probe 6");
  await chatPage.composer.press("Enter");
  await expect(chatPage.limitNotice).toContainText("You've hit your limit of 5 messages a minute");

  await expect.poll(async () => (await alertsSince("api_quota_exceeded", since)).length, POLL).toBe(1);
  const [alert] = await alertsSince("api_quota_exceeded", since);
  expect(alert).toMatchObject({
    level: "warning",
    release: "e2e",
    tags: { alert: "api_quota_exceeded", limit: "requests_per_minute" },
  });
  await expect
    .poll(
      async () =>
        posthogEvents((await receivedBodies()).filter((body) => body.at >= since))
          .filter((event) => event.event === "limit_hit")
          .map((event) => event.properties.kind),
      POLL,
    )
    .toContain("rate_limited");
});

test("a render error reaches Sentry through the error boundary; analytics carry events but no chat text", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  const since = Date.now();
  await signInAsNewUser();
  const sentinel = "Sentinel question about the zebra-quartz-7 project";
  await chatPage.sendAndWait(sentinel);

  await page.goto("/c/not-a-real-conversation-id");
  await expect(chatPage.notFound).toBeVisible();
  await expect
    .poll(
      async () =>
        sentryEvents((await receivedBodies()).filter((body) => body.at >= since)).filter((event) => event.exception)
          .length,
      POLL,
    )
    .toBeGreaterThan(0);

  await expect
    .poll(
      async () =>
        posthogEvents((await receivedBodies()).filter((body) => body.at >= since)).map((event) => event.event),
      POLL,
    )
    .toEqual(expect.arrayContaining(["signed_in", "message_sent", "reply_completed"]));
  const events = posthogEvents((await receivedBodies()).filter((body) => body.at >= since));
  const completed = events.find((event) => event.event === "reply_completed");
  expect(completed?.properties).toMatchObject({
    provider: "groq",
    cached: false,
    latency_bucket: expect.any(String),
    cost_bucket: expect.any(String),
  });
  expect(leaks(await receivedBodies(), [sentinel, "zebra-quartz"])).toEqual([]);
});

// Last but one: the open breaker sends later replies to OpenRouter for a minute.
test("Groq failing until its circuit breaker opens raises circuit_breaker_opened and health_below_50", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  test.setTimeout(120_000);
  const since = Date.now();
  await signInAsNewUser();
  // Up to 4 Groq calls per send (1 + 3 retries), 5 consecutive failures open the breaker: two sends.
  await addLlmFault({ provider: "groq", endpoint: "chat", times: 100, fault: { status: 500 } });
  await chatPage.sendAndWait("Breaker probe one", "done", 45_000);
  await chatPage.newConversation.click();
  await chatPage.sendAndWait("Breaker probe two", "done", 45_000);
  await expect(chatPage.lastReply().getByTestId("message-provider")).toContainText("openrouter");

  await expect(page.getByTestId("network-status").locator('[data-provider="groq"]')).toHaveAttribute(
    "data-breaker",
    "open",
  );
  await expect.poll(async () => (await alertsSince("circuit_breaker_opened", since)).length, POLL).toBeGreaterThan(0);
  const [opened] = await alertsSince("circuit_breaker_opened", since);
  expect(opened).toMatchObject({
    level: "error",
    release: "e2e",
    tags: { alert: "circuit_breaker_opened", provider: "groq" },
  });
  await expect.poll(async () => (await alertsSince("health_below_50", since)).length, POLL).toBeGreaterThan(0);
  const [health] = await alertsSince("health_below_50", since);
  expect(health?.tags).toMatchObject({ provider: "groq", breaker: "open" });
});

test("nothing Sentry or PostHog received in this run contains a key or any message typed in these tests", async () => {
  const bodies = await receivedBodies();
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.some((body) => body.kind === "sentry")).toBe(true);
  expect(bodies.some((body) => body.kind === "posthog")).toBe(true);
  // Every body, raw and decoded: key patterns (gsk_, sk-or-, JWTs, bearer tokens…) and the texts typed above.
  expect(
    leaks(bodies, [
      "Here is my key",
      "my key is",
      "Harmless follow-up",
      "Quota probe",
      "Breaker probe",
      "Sentinel question",
    ]),
  ).toEqual([]);
  expect(bodies.filter((body) => containsSecret(body.text))).toEqual([]);
});
