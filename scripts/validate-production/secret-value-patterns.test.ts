import { describe, expect, it } from "vitest";
import { findSecretShape } from "./secret-value-patterns";

// Built at run time so no secret-shaped literal sits in the repo.
const tail = "TESTONLYnotARealKey0000000000";

describe("findSecretShape", () => {
  it.each([
    [`gsk_${tail}`, "Groq"],
    [`sk-or-v1-${tail}`, "OpenRouter"],
    [`sk_live_${tail}`, "sk_live_"],
    [`sk_test_${tail}`, "sk_test_"],
    [`e2b_${tail}`, "E2B"],
    [`sntrys_${tail}`, "Sentry"],
    [`prod:happy-animal-123|${tail}`, "Convex deploy key"],
    [["-----BEGIN", "RSA PRIVATE KEY-----"].join(" "), "private key"],
    [["-----BEGIN", "PRIVATE KEY-----"].join(" "), "private key"],
  ])("recognises %s", (text, label) => {
    expect(findSecretShape(`const x = "${text}";`)).toContain(label);
  });

  it.each([
    "var gsk_=1,sk_test_=2;",
    "e2b_sandbox",
    "sk-or-",
    "-----BEGIN PUBLIC KEY-----",
    "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k",
  ])("ignores %s", (text) => expect(findSecretShape(text)).toBeUndefined());
});
