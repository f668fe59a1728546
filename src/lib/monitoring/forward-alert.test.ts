import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StorageLike } from "./alert-dedupe";
import { forwardAlert } from "./forward-alert";
import { connectMonitoring, resetMonitoringForTests, type MonitoringSink } from "./report-error";

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const DAY_1 = Date.UTC(2026, 2, 1, 8);
const DAY_1_LATE = Date.UTC(2026, 2, 1, 23, 59, 59);
const DAY_2 = Date.UTC(2026, 2, 2, 0, 0, 1);

const fakeSink = () =>
  ({ captureException: vi.fn(), captureMessage: vi.fn(), setUser: vi.fn() }) satisfies MonitoringSink;
let sink = fakeSink();
beforeEach(() => {
  sink = fakeSink();
  connectMonitoring(sink);
});
afterEach(resetMonitoringForTests);

describe("forwardAlert", () => {
  it("sends the condition as a Sentry message tagged alert:<condition>, with the given level and tags", () => {
    const storage = memoryStorage();
    expect(
      forwardAlert({
        condition: "circuit_breaker_opened",
        userId: "u1",
        level: "error",
        tags: { provider: "groq" },
        now: DAY_1,
        storage,
      }),
    ).toBe(true);
    expect(sink.captureMessage).toHaveBeenCalledWith("circuit_breaker_opened", {
      level: "error",
      tags: { provider: "groq", alert: "circuit_breaker_opened" },
    });
  });

  it("sends each condition once per user per UTC day", () => {
    const storage = memoryStorage();
    const send = (condition: "api_quota_exceeded" | "daily_cost_80", userId: string, now: number) =>
      forwardAlert({ condition, userId, level: "warning", now, storage });

    expect(send("api_quota_exceeded", "u1", DAY_1)).toBe(true);
    expect(send("api_quota_exceeded", "u1", DAY_1_LATE)).toBe(false); // same user, same day
    expect(send("daily_cost_80", "u1", DAY_1)).toBe(true); // another condition
    expect(send("api_quota_exceeded", "u2", DAY_1)).toBe(true); // another user
    expect(send("api_quota_exceeded", "u1", DAY_2)).toBe(true); // the next UTC day
    expect(sink.captureMessage.mock.calls.map(([condition]) => condition)).toEqual([
      "api_quota_exceeded",
      "daily_cost_80",
      "api_quota_exceeded",
      "api_quota_exceeded",
    ]);
  });

  it("a tag cannot overwrite the alert tag", () => {
    forwardAlert({
      condition: "health_below_50",
      userId: "u1",
      level: "error",
      tags: { alert: "something_else" },
      now: DAY_1,
      storage: memoryStorage(),
    });
    expect(sink.captureMessage.mock.calls[0]![1].tags.alert).toBe("health_below_50");
  });
});
