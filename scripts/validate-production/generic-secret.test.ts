import { describe, expect, it } from "vitest";
import { isCredentialName, looksLikeGenericSecret, shannonEntropy } from "./generic-secret";

describe("looksLikeGenericSecret", () => {
  it.each([
    ["VITE_ANALYTICS_TOKEN", "q8ZrT2vLx9WmNc4KbYp7HsJd3FgAe6Ut"],
    ["VITE_WEBHOOK_SECRET", "3f9a1c7e5b2d8f0a6c4e1b9d7f3a5c2e"],
    ["VITE_STRIPE_KEY", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA=="],
  ])("flags %s with a random value", (name, value) => {
    expect(looksLikeGenericSecret(name, value)).toBe(true);
  });

  it.each([
    ["VITE_CLERK_PUBLISHABLE_KEY", "pk_live_q8ZrT2vLx9WmNc4KbYp7HsJd3FgAe6Ut"],
    ["VITE_APP_RELEASE", "q8ZrT2vLx9WmNc4KbYp7HsJd3FgAe6Ut"],
    ["VITE_FEATURE_KEY", "enable-new-composer-flow"],
    ["VITE_API_KEY", "short1"],
    ["VITE_TOKEN_URL", "https://auth.example.com/oauth2/token"],
    ["VITE_SECRET", "aaaaaaaaaaaaaaaaaaaaaaaaaaaa1"],
  ])("leaves %s=%s alone", (name, value) => {
    expect(looksLikeGenericSecret(name, value)).toBe(false);
  });

  it("names: KEY as a word, not inside another word", () => {
    expect(isCredentialName("OPENROUTER_API_KEYS")).toBe(true);
    expect(isCredentialName("VITE_MONKEY_BUSINESS")).toBe(false);
    expect(isCredentialName("VITE_PUBLIC_POSTHOG_KEY")).toBe(false);
  });

  it("entropy: 0 for one repeated character, 1 bit for two balanced ones", () => {
    expect(shannonEntropy("aaaa")).toBe(0);
    expect(shannonEntropy("abab")).toBe(1);
  });
});
