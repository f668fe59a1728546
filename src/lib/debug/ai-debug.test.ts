// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { FAKE_SECRETS } from "../monitoring/secret-fixtures";
import { AI_DEBUG_STORAGE_KEY, debugLog } from "./ai-debug";

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
});

describe("debugLog", () => {
  it("is silent unless localStorage AI_DEBUG is 'true'", () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    debugLog("cache_hit", { key: "abc" });
    localStorage.setItem(AI_DEBUG_STORAGE_KEY, "1");
    debugLog("cache_hit", { key: "abc" });
    expect(debug).not.toHaveBeenCalled();
  });

  it("logs the decision with its details, never keys or message text", () => {
    localStorage.setItem(AI_DEBUG_STORAGE_KEY, "true");
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    debugLog("key_pattern_detected", {
      kind: "groq",
      source: "paste",
      note: `found ${FAKE_SECRETS.groq}`,
      text: "my whole message",
      prompt: "hi",
    });
    expect(debug).toHaveBeenCalledWith("[AI_DEBUG] key_pattern_detected", {
      kind: "groq",
      source: "paste",
      note: "found [redacted]",
    });
  });
});
