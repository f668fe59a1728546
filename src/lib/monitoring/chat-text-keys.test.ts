import { describe, expect, it } from "vitest";
import { isChatTextKey } from "./chat-text-keys.ts";

describe("isChatTextKey", () => {
  it.each([
    "prompt",
    "reply",
    "userPrompt",
    "system_prompt",
    "last-reply",
    "completionText",
    "messages",
    "Content",
    "context",
    "body",
  ])("treats %s as chat text", (key) => expect(isChatTextKey(key)).toBe(true));

  it.each(["provider", "model", "status_code", "contentType", "inputMode", "chatId", "latencyMs", "url"])(
    "keeps %s",
    (key) => expect(isChatTextKey(key)).toBe(false),
  );
});
