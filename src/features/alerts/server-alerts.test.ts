import { describe, expect, it } from "vitest";
import { alertsFromHealth, alertsFromServer } from "./server-alerts";

describe("alertsFromServer", () => {
  it("forwards the user's own daily-cost alert and global provider alerts, tagging the provider", () => {
    expect(
      alertsFromServer(
        [
          { kind: "daily_cost_80", level: "warning", subject: "you" },
          { kind: "circuit_breaker_opened", level: "error", subject: "groq" },
          { kind: "key_quota_90", level: "warning", subject: "groq" }, // operator-only: not a client alert
        ],
        "u1",
      ),
    ).toEqual([
      { condition: "daily_cost_80", userId: "u1", level: "warning", tags: {} },
      { condition: "circuit_breaker_opened", userId: "u1", level: "error", tags: { provider: "groq" } },
    ]);
  });
});

describe("alertsFromHealth", () => {
  it("raises health_below_50 for each provider scoring under 50, not at 50", () => {
    expect(
      alertsFromHealth(
        [
          { provider: "groq", score: 0, breakerState: "open" },
          { provider: "openrouter", score: 50, breakerState: "closed" },
        ],
        "u1",
      ),
    ).toEqual([
      { condition: "health_below_50", userId: "u1", level: "error", tags: { provider: "groq", breaker: "open" } },
    ]);
  });
});
