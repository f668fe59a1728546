import { describe, expect, it } from "vitest";
import { containsSecret, scrubSecrets } from "./scrub.ts";
import { FAKE_SECRETS } from "./secret-fixtures.ts";

describe("scrubSecrets", () => {
  it.each(Object.entries(FAKE_SECRETS))("redacts a %s secret inside text", (_name, secret) => {
    const scrubbed = scrubSecrets(`before ${secret} after`);
    expect(scrubbed).toBe("before [redacted] after");
    expect(containsSecret(scrubbed)).toBe(false);
  });

  it.each<[string, string, string]>([
    ["bearer header", `Authorization: Bearer ${FAKE_SECRETS.groq}`, "Authorization: Bearer [redacted]"],
    ["opaque bearer token", "authorization: bearer abc.DEF_123-xyz~+/=", "authorization: bearer [redacted]"],
    ["basic auth", "Authorization: Basic dXNlcjpwYXNzd29yZA==", "Authorization: Basic [redacted]"],
    [
      "query token",
      "https://x.dev/cb?state=ok&token=abc123&next=/",
      "https://x.dev/cb?state=ok&token=[redacted]&next=/",
    ],
    ["query api_key", "GET /v1/models?api_key=s3cr3t", "GET /v1/models?api_key=[redacted]"],
    ["truncated PEM", `${FAKE_SECRETS.pem.slice(0, 60)}`, "[redacted]"],
    ["two keys", `${FAKE_SECRETS.groq},${FAKE_SECRETS.e2b}`, "[redacted],[redacted]"],
    ["key in JSON", JSON.stringify({ apiKey: FAKE_SECRETS.openrouter }), '{"apiKey":"[redacted]"}'],
  ])("%s", (_name, input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it.each([
    "Groq returned 429: rate limit reached for model llama-3.3-70b-versatile",
    "pk_live_publishableKeysArePublic0123456789",
    "task_live_status and disk_test_results",
    "https://guarded.chat/chat/abc123?tab=history",
    "a sentence about bearer bonds and bearer instruments",
    "Basic information is missing",
    "Invalid token received from server",
  ])("leaves non-secrets alone: %s", (text) => {
    expect(scrubSecrets(text)).toBe(text);
    expect(containsSecret(text)).toBe(false);
  });

  it("is idempotent and stable across repeated calls (no regex state)", () => {
    const text = `${FAKE_SECRETS.groq} and ${FAKE_SECRETS.jwt}`;
    const once = scrubSecrets(text);
    expect(scrubSecrets(once)).toBe(once);
    expect(scrubSecrets(text)).toBe(once);
    expect([containsSecret(text), containsSecret(text), containsSecret(text)]).toEqual([true, true, true]);
  });
});
