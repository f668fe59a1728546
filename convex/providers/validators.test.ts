import { validate } from "convex-helpers/validators";
import { describe, expect, it } from "vitest";
import { priceTable } from "../../rules/pricing";
import { PROVIDER_NAMES } from "./resilience/provider-name";
import { modelValidator, providerValidator } from "./validators";

describe("provider and model validators", () => {
  it("accept exactly the listed providers", () => {
    for (const provider of PROVIDER_NAMES) expect(validate(providerValidator, provider)).toBe(true);
    for (const other of ["openai", "Groq", "", "groq ", "__proto__"])
      expect(validate(providerValidator, other)).toBe(false);
  });

  it("accept exactly the priced models", () => {
    const priced = Object.values(priceTable).flatMap((models) => Object.keys(models));
    expect(priced.length).toBeGreaterThan(0);
    for (const model of priced) expect(validate(modelValidator, model)).toBe(true);
    for (const other of ["gpt-4o", "openai/gpt-oss-20b\u0000", "m", "x".repeat(10_000)])
      expect(validate(modelValidator, other)).toBe(false);
  });
});
