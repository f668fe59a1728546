import { describe, expect, it } from "vitest";
import { MAX_INPUT_CHARS } from "@rules/input/length";
import { FAKE_SECRETS } from "@/lib/monitoring/secret-fixtures";
import { pastedSecretRefusal, pasteRefusal, textAfterPaste } from "./paste-guard";

describe("textAfterPaste", () => {
  it("replaces the selection", () => expect(textAfterPaste("hello world", 6, 11, "there")).toBe("hello there"));
  it("inserts at the caret", () => expect(textAfterPaste("ab", 1, 1, "X")).toBe("aXb"));
});

describe("pasteRefusal", () => {
  it("lets a paste that ends exactly at the limit through", () => {
    expect(pasteRefusal("abc", 3, 3, "x".repeat(MAX_INPUT_CHARS - 3))).toBeNull();
  });

  it("refuses one character over, in the length rule's own words", () => {
    const refusal = pasteRefusal("abc", 3, 3, "x".repeat(MAX_INPUT_CHARS - 2));
    expect(refusal).toMatch(/^Nothing was pasted\. Your message is 50,001 characters; the limit is 50,000\./);
  });

  it("counts the selected text as replaced", () => {
    const draft = "y".repeat(MAX_INPUT_CHARS);
    expect(pasteRefusal(draft, 0, 10, "z".repeat(10))).toBeNull();
    expect(pasteRefusal(draft, 0, 10, "z".repeat(11))).not.toBeNull();
  });
});

describe("pastedSecretRefusal", () => {
  it("refuses a paste carrying a key, naming only its kind", () => {
    const refusal = pastedSecretRefusal(`token: ${FAKE_SECRETS.openrouter}`);
    expect(refusal).toMatch(/^Nothing was pasted: it contains what looks like an OpenRouter API key\./);
    expect(refusal).not.toContain("sk-or");
  });

  it("lets ordinary text through", () => {
    expect(pastedSecretRefusal("How do I store an API key safely?")).toBeNull();
  });
});
