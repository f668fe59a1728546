import { describe, expect, it } from "vitest";
import { MAX_FEEDBACK_REASON_CHARS, normalisedReason, reasonTooLong, tallyByModel } from "./feedback";

describe("feedback rules", () => {
  it("stores a trimmed reason, and none for blank text", () => {
    expect(normalisedReason("  too long \n")).toBe("too long");
    expect(normalisedReason("   ")).toBeUndefined();
    expect(normalisedReason(undefined)).toBeUndefined();
  });
  it("refuses a reason over the limit, naming it", () => {
    expect(reasonTooLong("x".repeat(MAX_FEEDBACK_REASON_CHARS))).toBeNull();
    expect(reasonTooLong("x".repeat(MAX_FEEDBACK_REASON_CHARS + 1))).toMatch(/under 500 characters/);
  });
  it("tallies ratings per model, most rated first", () => {
    const tally = tallyByModel([
      { rating: "up", provider: "groq", model: "a" },
      { rating: "down", provider: "openrouter", model: "b" },
      { rating: "down", provider: "groq", model: "a" },
      { rating: "up" },
    ]);
    expect(tally).toEqual([
      { model: "groq · a", up: 1, down: 1 },
      { model: "openrouter · b", up: 0, down: 1 },
      { model: "unknown", up: 1, down: 0 },
    ]);
  });
});
