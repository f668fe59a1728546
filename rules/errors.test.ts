import { describe, expect, it } from "vitest";
import { type AppErrorData, ERROR_CODES, errorPolicy, isAppErrorData, userMessageFor } from "./errors";

const NOW = Date.parse("2026-03-14T20:48:00.000Z");

describe("userMessageFor (injected clock)", () => {
  it("rate_limited names the limit and the wait, from retryAfterMs", () => {
    expect(userMessageFor({ code: "rate_limited", limit: 5, retryAfterMs: 11_200 }, NOW)).toBe(
      "You've hit your limit of 5 messages a minute. Try again in 12 s.",
    );
  });

  it("rate_limited falls back to resetsAt - now, and to a generic opener without a limit", () => {
    expect(userMessageFor({ code: "rate_limited", resetsAt: NOW + 30_000 }, NOW)).toBe(
      "You're sending messages too quickly. Try again in 30 s.",
    );
  });

  it("rate_limited says 'now' once the window has already reset, and 'a moment' without timing", () => {
    expect(userMessageFor({ code: "rate_limited", limit: 1, resetsAt: NOW - 5 }, NOW)).toBe(
      "You've hit your limit of 1 message a minute. Try again now.",
    );
    expect(userMessageFor({ code: "rate_limited" }, NOW)).toBe(
      "You're sending messages too quickly. Try again in a moment.",
    );
  });

  it("daily_cost_cap shows the cap in dollars and the time to midnight UTC", () => {
    const midnight = Date.parse("2026-03-15T00:00:00.000Z"); // 3 h 12 min after NOW
    expect(userMessageFor({ code: "daily_cost_cap", limit: 1_000_000, resetsAt: midnight }, NOW)).toBe(
      "You've used today's budget of $1.00. It resets at midnight UTC (in 3 h 12 min).",
    );
  });

  it("quota_exceeded says which quota, its size and what to delete", () => {
    expect(userMessageFor({ code: "quota_exceeded", field: "conversations", limit: 100 }, NOW)).toBe(
      "You've reached your plan's limit of 100 conversations. Delete a conversation you no longer need to start a new one.",
    );
    expect(userMessageFor({ code: "quota_exceeded", field: "messages", limit: 2000 }, NOW)).toBe(
      "You've reached your plan's limit of 2,000 stored messages. Delete old conversations to make room for new messages.",
    );
  });

  it("daily_cost_cap names the worst-case hold against what is left, with numbers (13 % used is not 'used up')", () => {
    const midnight = Date.parse("2026-03-15T00:00:00.000Z");
    expect(
      userMessageFor({ code: "daily_cost_cap", limit: 100, spent: 13, requested: 1_234, resetsAt: midnight }, NOW),
    ).toBe(
      "This message could cost up to $0.0012 (held until the reply is done), but only $0.000087 of today's $0.0001 budget is left " +
        "($0.000013 used or held). It resets at midnight UTC (in 3 h 12 min).",
    );
    expect(isAppErrorData({ code: "daily_cost_cap", requested: Number.NaN })).toBe(false);
  });

  it("invalid_input shows the check's reason, which is written for users", () => {
    const reason = "Your message is empty. Type something before sending.";
    expect(userMessageFor({ code: "invalid_input", message: reason, field: "body" }, NOW)).toBe(reason);
    expect(userMessageFor({ code: "invalid_input" }, NOW)).toMatch(/check it and try again/i);
  });

  it.each(["internal", "provider_unavailable", "forbidden", "not_found", "provider_not_configured"] as const)(
    "%s never leaks the server-side message",
    (code) => {
      const secret = "TypeError at convex/chat.ts:42 GROQ_API_KEY=gsk_live_123";
      const message = userMessageFor({ code, message: secret }, NOW);
      expect(message).not.toContain("gsk_");
      expect(message).not.toContain("convex/");
    },
  );

  it("every code has a non-empty, sentence-shaped message", () => {
    for (const code of ERROR_CODES) {
      const message = userMessageFor({ code }, NOW);
      expect(message.length).toBeGreaterThan(10);
      expect(message).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("errorPolicy monitoring levels", () => {
  it("covers exactly the declared codes", () => {
    expect(Object.keys(errorPolicy).sort()).toEqual([...ERROR_CODES].sort());
  });

  it("pages on operator problems, stays quiet on user mistakes", () => {
    expect(errorPolicy.internal.monitor).toBe("error");
    expect(errorPolicy.provider_not_configured.monitor).toBe("error");
    expect(errorPolicy.provider_unavailable.monitor).toBe("warning");
    expect(errorPolicy.invalid_input.monitor).toBe("ignore");
    expect(errorPolicy.rate_limited.monitor).toBe("info");
  });
});

describe("isAppErrorData", () => {
  it.each<[string, unknown, boolean]>([
    ["minimal", { code: "busy" }, true],
    ["full", { code: "rate_limited", message: "m", retryAfterMs: 1, resetsAt: 2, field: "f", limit: 5 }, true],
    ["unknown code", { code: "teapot" }, false],
    ["missing code", { message: "x" }, false],
    ["null", null, false],
    ["string", "rate_limited", false],
    ["non-number retryAfterMs", { code: "busy", retryAfterMs: "12" }, false],
    ["NaN resetsAt", { code: "busy", resetsAt: Number.NaN }, false],
    ["non-string message", { code: "internal", message: 42 }, false],
    ["prototype key as code", { code: "toString" }, false],
  ])("%s → %s", (_label, value, expected) => {
    expect(isAppErrorData(value)).toBe(expected);
  });

  it("narrows the type", () => {
    const value: unknown = { code: "daily_cost_cap", limit: 1_000_000 };
    if (!isAppErrorData(value)) throw new Error("expected AppErrorData");
    const data: AppErrorData = value;
    expect(data.code).toBe("daily_cost_cap");
  });
});

describe("import errors", () => {
  it("say what is wrong with the file, and which limit it passes", () => {
    expect(userMessageFor({ code: "import_malformed", message: "conversations.0.title: expected string" }, NOW)).toBe(
      "That file isn't a chat export we can import: conversations.0.title: expected string",
    );
    expect(userMessageFor({ code: "import_too_large", field: "file", limit: 2 * 1024 * 1024 }, NOW)).toBe(
      "That file is too large to import (the limit is 2 MB).",
    );
    expect(userMessageFor({ code: "import_too_large", field: "messages", limit: 2000 }, NOW)).toBe(
      "That file has too many messages to import at once (the limit is 2,000). Split it or export less.",
    );
    expect(errorPolicy.import_malformed.monitor).toBe("ignore");
  });
});
