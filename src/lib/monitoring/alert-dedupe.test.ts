import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALERT_CONDITIONS, shouldSendAlert, type StorageLike } from "./alert-dedupe.ts";

function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const DAY_1 = Date.UTC(2025, 5, 1, 9);
const DAY_1_LAST_MS = Date.UTC(2025, 5, 2) - 1;
const DAY_2 = Date.UTC(2025, 5, 2);

describe("shouldSendAlert", () => {
  // Far from UTC (UTC-10), so a local-midnight day boundary would show up here.
  const originalTimeZone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = "Pacific/Honolulu"));
  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it.each(ALERT_CONDITIONS)("sends %s once per user per UTC day", (condition) => {
    const store = memoryStorage();
    expect(shouldSendAlert(store, { condition, userId: "user_1", now: DAY_1 })).toBe(true);
    expect(shouldSendAlert(store, { condition, userId: "user_1", now: DAY_1 + 1 })).toBe(false);
    expect(shouldSendAlert(store, { condition, userId: "user_1", now: DAY_1_LAST_MS })).toBe(false);
    expect(shouldSendAlert(store, { condition, userId: "user_1", now: DAY_2 })).toBe(true);
    expect(shouldSendAlert(store, { condition, userId: "user_1", now: DAY_2 })).toBe(false);
  });

  it.each<[string, Parameters<typeof shouldSendAlert>[1]]>([
    ["another condition", { condition: "daily_cost_80", userId: "user_1", now: DAY_1 }],
    ["another user", { condition: "api_quota_exceeded", userId: "user_2", now: DAY_1 }],
    [
      "a user id that would alias with a naive key",
      { condition: "api_quota_exceeded", userId: "user_1:x", now: DAY_1 },
    ],
  ])("deduplicates independently for %s", (_name, occurrence) => {
    const store = memoryStorage();
    shouldSendAlert(store, { condition: "api_quota_exceeded", userId: "user_1", now: DAY_1 });
    expect(shouldSendAlert(store, occurrence)).toBe(true);
  });

  it("still sends when storage refuses writes", () => {
    const store: StorageLike = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(shouldSendAlert(store, { condition: "exposed_key_detected", userId: "u", now: DAY_1 })).toBe(true);
  });
});
