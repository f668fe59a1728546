import { describe, expect, it } from "vitest";
import { checkKeyFormat, KEY_PATTERNS, type KeyFormatProblem } from "./key-format.ts";
import type { ByokProvider } from "./byok-provider.ts";

const GROQ_BODY = "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3dEf6h"; // exactly 40
const OPENROUTER_HEX = "0123456789abcdef".repeat(4); // exactly 64

describe("checkKeyFormat accepts", () => {
  it.each<[string, ByokProvider, string]>([
    ["groq, 40-char body", "groq", `gsk_${GROQ_BODY}`],
    ["groq, 52-char body", "groq", `gsk_${GROQ_BODY}Ab3dEf6hIj9k`],
    ["groq with surrounding whitespace", "groq", `\n gsk_${GROQ_BODY}\t`],
    ["openrouter v1", "openrouter", `sk-or-v1-${OPENROUTER_HEX}`],
    ["openrouter other format, 20 chars", "openrouter", "sk-or-abcdefghij_KLMNOP-123"],
  ])("%s", (_name, provider, key) => {
    expect(checkKeyFormat(provider, key)).toEqual({ ok: true });
  });
});

describe("checkKeyFormat rejects with an actionable message", () => {
  it.each<[string, ByokProvider, string, KeyFormatProblem, RegExp]>([
    ["empty", "groq", "   ", "empty", /Paste your Groq API key/],
    ["inner space", "groq", `gsk_${GROQ_BODY.slice(0, 20)} ${GROQ_BODY}`, "whitespace", /spaces or line breaks/],
    ["quoted", "groq", `"gsk_${GROQ_BODY}"`, "quoted", /quotation marks/],
    [
      "openrouter key as groq",
      "groq",
      `sk-or-v1-${OPENROUTER_HEX}`,
      "other_provider",
      /for OpenRouter\. Choose OpenRouter/,
    ],
    ["groq key as openrouter", "openrouter", `gsk_${GROQ_BODY}`, "other_provider", /for Groq\. Choose Groq/],
    [
      "OpenAI key as groq",
      "groq",
      `sk-proj-${GROQ_BODY}`,
      "wrong_prefix",
      /start with "gsk_".*console\.groq\.com\/keys/,
    ],
    ["groq, 39-char body", "groq", `gsk_${GROQ_BODY.slice(1)}`, "too_short", /cut off/],
    ["groq, punctuation", "groq", `gsk_${GROQ_BODY}-x`, "bad_characters", /letters and digits/],
    ["openrouter v1, 63 hex", "openrouter", `sk-or-v1-${OPENROUTER_HEX.slice(1)}`, "too_short", /64 hexadecimal/],
    ["openrouter v1, 65 hex", "openrouter", `sk-or-v1-${OPENROUTER_HEX}0`, "too_long", /64 hexadecimal/],
    [
      "openrouter v1, upper-case",
      "openrouter",
      `sk-or-v1-${OPENROUTER_HEX.toUpperCase()}`,
      "bad_characters",
      /hexadecimal/,
    ],
    ["openrouter other, 19 chars", "openrouter", "sk-or-abcdefghij_KLMNOP", "too_short", /at least 20/],
    ["openrouter wrong prefix", "openrouter", `sk-${OPENROUTER_HEX}`, "wrong_prefix", /openrouter\.ai\/settings\/keys/],
  ])("%s", (_name, provider, key, problem, message) => {
    const result = checkKeyFormat(provider, key);
    expect(result).toMatchObject({ ok: false, problem });
    if (result.ok) return;
    expect(result.message).toMatch(message);
    const keyFragment = key.trim().slice(4, 14);
    if (keyFragment) expect(result.message).not.toContain(keyFragment);
  });
});

describe("KEY_PATTERNS", () => {
  it.each<[keyof typeof KEY_PATTERNS, string]>([
    ["groq", `gsk_${GROQ_BODY}`],
    ["openrouter", `sk-or-v1-${OPENROUTER_HEX}`],
    // Assembled from parts so secret scanners don't flag test data.
    ["clerkSecret", "sk_" + "live_abcdefABCDEF0123456789"],
    ["clerkSecret", "sk_" + "test_abcdefABCDEF0123456789"],
    ["e2b", "e2b" + "_0123456789abcdef0123456789abcdef01234567"],
  ])("%s matches %s", (name, secret) => {
    expect(KEY_PATTERNS[name].test(`prefix ${secret} suffix`)).toBe(true);
  });

  it.each(["pk_live_abcdefABCDEF0123456789", "gsk_short", "sk-or-", "task_live_", "e2b_tests"])(
    "does not match %s",
    (text) => {
      expect(Object.values(KEY_PATTERNS).some((pattern) => pattern.test(text))).toBe(false);
    },
  );
});
