import { describe, expect, it } from "vitest";
import { isExpectedRefusalLog, refusalCodeInLog } from "./expected-refusal";

const line = (code: string) =>
  `[CONVEX M(chat/send:send)] [Request ID: 1] Server Error\nUncaught ConvexError: {"code":"${code}","retryAfterMs":4000}`;

describe("isExpectedRefusalLog", () => {
  it.each(["rate_limited", "daily_cost_cap", "busy", "invalid_input"])("%s is an expected refusal", (code) => {
    expect(isExpectedRefusalLog([line(code)])).toBe(true);
  });

  it("reads the error data alone after the prefix (the offline backend's form)", () => {
    expect(isExpectedRefusalLog(['[CONVEX M(chat/send:send)] {"code":"daily_cost_cap","limit":100}'])).toBe(true);
    expect(isExpectedRefusalLog(['[CONVEX M(chat/send:send)] {"code":"internal"}'])).toBe(false);
    expect(isExpectedRefusalLog(['some other log {"code":"rate_limited"}'])).toBe(false);
  });

  it("reads the client's own pretty-printed ConvexError form too", () => {
    expect(refusalCodeInLog(['[CONVEX M(chat/send:send)] ConvexError {\n  "code": "rate_limited"\n}'])).toBe(
      "rate_limited",
    );
  });

  it.each([
    line("internal"),
    line("provider_not_configured"),
    "[CONVEX M(x)] Uncaught Error: boom",
    "[CONVEX FATAL ERROR] socket closed",
  ])("keeps real faults as errors: %s", (text) => {
    expect(isExpectedRefusalLog([text])).toBe(false);
  });
});
