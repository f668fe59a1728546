// @vitest-environment jsdom
import type { PostHog } from "posthog-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { setAnalyticsOptedOut } from "./analytics-consent";
import { loadPostHog, resetPostHogForTests, track } from "./posthog";
import { FAKE_SECRETS } from "./secret-fixtures";

afterEach(() => {
  resetPostHogForTests();
  localStorage.clear();
});

const ENV = { VITE_PUBLIC_POSTHOG_KEY: "phc_test123", VITE_PUBLIC_POSTHOG_HOST: "http://127.0.0.1:3313" };

function fakePostHog() {
  const posthog = {
    init: vi.fn(),
    capture: vi.fn(),
    reset: vi.fn(),
    opt_out_capturing: vi.fn(),
    opt_in_capturing: vi.fn(),
    has_opted_out_capturing: vi.fn(() => false),
  };
  const importPostHog = vi.fn(async () => ({ default: posthog as unknown as PostHog }));
  return { posthog, importPostHog, deps: { importPostHog, navigator: { doNotTrack: null } } };
}

describe("track() wiring", () => {
  it("sends allowlisted events with allowlisted properties only: no prompt text, no keys, no unknown fields", async () => {
    const { posthog, deps } = fakePostHog();
    await loadPostHog(ENV, deps);
    track("reply_completed", {
      provider: "groq",
      cached: false,
      latency_bucket: "1-3s",
      cost_bucket: "<$0.001",
      prompt: "my secret plans",
      model: FAKE_SECRETS.groq,
    });
    track("limit_hit", { kind: "rate_limited" });
    expect(posthog.capture.mock.calls).toEqual([
      ["reply_completed", { provider: "groq", cached: false, latency_bucket: "1-3s", cost_bucket: "<$0.001" }],
      ["limit_hit", { kind: "rate_limited" }],
    ]);
  });

  it("drops events that are not on the allowlist, and values that are keys", async () => {
    const { posthog, deps } = fakePostHog();
    await loadPostHog(ENV, deps);
    track("$pageview", { $current_url: "https://x" });
    track("prompt_typed", { text: "hello" });
    track("key_saved", { provider: FAKE_SECRETS.groq });
    expect(posthog.capture.mock.calls).toEqual([["key_saved", {}]]);
  });

  it("queues events tracked before PostHog loads, then sends them", async () => {
    const { posthog, deps } = fakePostHog();
    track("signed_in");
    track("message_sent", { content: "not sent" });
    expect(posthog.capture).not.toHaveBeenCalled();
    await loadPostHog(ENV, deps);
    expect(posthog.capture.mock.calls).toEqual([
      ["signed_in", {}],
      ["message_sent", {}],
    ]);
  });

  it("starts PostHog with nothing automatic: no autocapture, pageviews or recordings; localStorage; DNT respected", async () => {
    const { posthog, deps } = fakePostHog();
    await loadPostHog(ENV, deps);
    expect(posthog.init).toHaveBeenCalledWith(
      "phc_test123",
      expect.objectContaining({
        api_host: "http://127.0.0.1:3313",
        autocapture: false,
        capture_pageview: false,
        disable_session_recording: true,
        respect_dnt: true,
        persistence: "localStorage",
      }),
    );
  });
});

describe("when PostHog does not load", () => {
  it("without a key it is never imported, and events are dropped", async () => {
    const { importPostHog, deps } = fakePostHog();
    track("signed_in");
    expect(await loadPostHog({}, deps)).toBe(false);
    expect(importPostHog).not.toHaveBeenCalled();
  });

  it("under Do Not Track it is never imported", async () => {
    const { importPostHog, deps } = fakePostHog();
    expect(await loadPostHog(ENV, { ...deps, navigator: { doNotTrack: "1" } })).toBe(false);
    expect(importPostHog).not.toHaveBeenCalled();
  });

  it("after opting out it is never imported; opting back in loads it", async () => {
    const { posthog, importPostHog, deps } = fakePostHog();
    setAnalyticsOptedOut(true);
    track("signed_in");
    expect(await loadPostHog(ENV, deps)).toBe(false);
    expect(importPostHog).not.toHaveBeenCalled();

    setAnalyticsOptedOut(false);
    await vi.waitFor(() => expect(posthog.init).toHaveBeenCalled());
    track("message_sent");
    expect(posthog.capture.mock.calls).toEqual([["message_sent", {}]]); // the opted-out signed_in was not kept
  });

  it("opting out after it loaded stops capture (persisted by PostHog too) and drops events", async () => {
    const { posthog, deps } = fakePostHog();
    await loadPostHog(ENV, deps);
    setAnalyticsOptedOut(true);
    expect(posthog.opt_out_capturing).toHaveBeenCalled();
    track("message_sent");
    expect(posthog.capture).not.toHaveBeenCalled();
  });
});
