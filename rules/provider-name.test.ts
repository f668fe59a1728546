import { describe, expect, it } from "vitest";
import { isProviderName, PROVIDER_NAMES } from "./provider-name";

describe("isProviderName", () => {
  it("accepts every listed provider", () => {
    for (const name of PROVIDER_NAMES) expect(isProviderName(name)).toBe(true);
  });

  it("rejects unknown or differently-cased names", () => {
    expect(isProviderName("openai")).toBe(false);
    expect(isProviderName("Groq")).toBe(false);
    expect(isProviderName("")).toBe(false);
  });
});
