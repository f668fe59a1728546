import { describe, expect, it } from "vitest";
import { canRetry, failureText, isReplyInProgress, providerLabel } from "./message";

describe("message helpers", () => {
  it("knows which replies are in progress and which can be retried", () => {
    expect(isReplyInProgress({ role: "assistant", status: "pending" })).toBe(true);
    expect(isReplyInProgress({ role: "assistant", status: "streaming" })).toBe(true);
    expect(isReplyInProgress({ role: "assistant", status: "done" })).toBe(false);
    expect(canRetry({ role: "assistant", status: "failed" })).toBe(true);
    expect(canRetry({ role: "assistant", status: "stopped" })).toBe(true);
    expect(canRetry({ role: "user", status: "failed" })).toBe(false);
  });

  it("labels the provider and model that answered", () => {
    expect(providerLabel({ provider: "openrouter", model: "qwen/qwen3-coder:free" })).toBe(
      "openrouter · qwen/qwen3-coder:free",
    );
    expect(providerLabel({ provider: undefined, model: undefined })).toBeNull();
  });

  it("explains failures with the server's reason, else the error map", () => {
    expect(
      failureText({ errorReason: "Every AI provider failed.", errorCode: "provider_unavailable", _creationTime: 0 }),
    ).toBe("Every AI provider failed.");
    expect(failureText({ errorCode: "provider_unavailable", _creationTime: 0 })).toBe(
      "The AI service is temporarily unavailable. Try again in a moment.",
    );
    expect(failureText({ errorCode: "something_new", _creationTime: 0 })).toMatch(/could not be generated/);
  });
});
