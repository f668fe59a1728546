import { afterEach, describe, expect, it, vi } from "vitest";
import { loadSentry, scrubBreadcrumb } from "./sentry";
import { reportError, reportMessage, resetMonitoringForTests, setMonitoringUser } from "./report-error";
import { sentryBeforeSend } from "./sentry-before-send";
import { FAKE_SECRETS } from "./secret-fixtures";

afterEach(resetMonitoringForTests);

function fakeSentry() {
  const sentry = { init: vi.fn(), captureException: vi.fn(), captureMessage: vi.fn(), setUser: vi.fn() };
  const importSentry = vi.fn(async () => sentry as never);
  return { sentry, importSentry };
}

describe("loadSentry", () => {
  it("is not even imported without a DSN, and reports are dropped", async () => {
    const { importSentry } = fakeSentry();
    reportError(new Error("x"));
    expect(await loadSentry({}, "production", importSentry)).toBe(false);
    expect(importSentry).not.toHaveBeenCalled();
  });

  it("initialises with the release, the scrubbing hooks and no personal data, then delivers what was queued", async () => {
    const { sentry, importSentry } = fakeSentry();
    const early = new Error("boom");
    reportError(early, { componentStack: "at Thread" });
    reportMessage("api_quota_exceeded", { level: "warning", tags: { alert: "api_quota_exceeded" } });
    setMonitoringUser("user_1");

    expect(
      await loadSentry(
        { VITE_SENTRY_DSN: "http://publickey@127.0.0.1:3313/1", VITE_APP_RELEASE: "e2e" },
        "offline",
        importSentry,
      ),
    ).toBe(true);
    const options = sentry.init.mock.calls[0]![0];
    expect(options).toMatchObject({
      dsn: "http://publickey@127.0.0.1:3313/1",
      release: "e2e",
      environment: "offline",
      beforeSend: sentryBeforeSend,
    });
    expect(options.dataCollection).toMatchObject({
      userInfo: false,
      cookies: false,
      httpHeaders: false,
      httpBodies: [],
      urlQueryParams: false,
    });
    expect(options).not.toHaveProperty("tracesSampleRate");
    expect(options).not.toHaveProperty("replaysSessionSampleRate");
    expect(sentry.captureException).toHaveBeenCalledWith(early, {
      level: "error",
      contexts: { react: { componentStack: "at Thread" } },
    });
    expect(sentry.captureMessage).toHaveBeenCalledWith("api_quota_exceeded", {
      level: "warning",
      tags: { alert: "api_quota_exceeded" },
    });
    expect(sentry.setUser).toHaveBeenCalledWith({ id: "user_1" });
  });

  it("turns monitoring off when the SDK fails to load (blocked, offline)", async () => {
    const importSentry = vi.fn(async () => {
      throw new Error("blocked");
    });
    expect(await loadSentry({ VITE_SENTRY_DSN: "https://k@o0.ingest.sentry.io/1" }, "production", importSentry)).toBe(
      false,
    );
  });
});

describe("scrubBreadcrumb", () => {
  it("drops console crumbs and scrubs the rest before they are stored", () => {
    expect(scrubBreadcrumb({ category: "console", message: "prompt: hello" })).toBeNull();
    const crumb = scrubBreadcrumb({ category: "navigation", data: { from: "/", to: `/?k=${FAKE_SECRETS.groq}` } });
    expect(JSON.stringify(crumb)).not.toContain("gsk_");
  });
});
