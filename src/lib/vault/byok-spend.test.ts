import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BYOK_LIMIT_STORAGE_KEY,
  BYOK_SPEND_STORAGE_KEY,
  createByokSpendTracker,
  DEFAULT_BYOK_DAILY_LIMIT_MICROS,
} from "./byok-spend.ts";
import { createMemoryStorage } from "./memory-storage.ts";

const memoryStorage = createMemoryStorage;

const JAN_2_NOON = Date.UTC(2025, 0, 2, 12);
const JAN_2_LAST_MS = Date.UTC(2025, 0, 3) - 1;
const JAN_3_MIDNIGHT = Date.UTC(2025, 0, 3);

describe("BYOK daily spend", () => {
  // Far from UTC (UTC+14), so a local-midnight rollover would show up here.
  const originalTimeZone = process.env.TZ;
  beforeAll(() => void (process.env.TZ = "Pacific/Kiritimati"));
  afterAll(() => {
    if (originalTimeZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalTimeZone;
  });

  it("starts at the $1.00 default with nothing spent", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    expect(DEFAULT_BYOK_DAILY_LIMIT_MICROS).toBe(1_000_000);
    expect(tracker.limit()).toBe(1_000_000);
    expect(tracker.remaining(JAN_2_NOON)).toBe(1_000_000);
  });

  it("accumulates spend within a UTC day", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.recordSpend(250_000, JAN_2_NOON);
    tracker.recordSpend(100_001, JAN_2_LAST_MS);
    expect(tracker.spentToday(JAN_2_LAST_MS)).toBe(350_001);
    expect(tracker.remaining(JAN_2_LAST_MS)).toBe(649_999);
  });

  it("rolls over at 00:00 UTC", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.recordSpend(900_000, JAN_2_LAST_MS);
    expect(tracker.remaining(JAN_2_LAST_MS)).toBe(100_000);
    expect(tracker.remaining(JAN_3_MIDNIGHT)).toBe(1_000_000);
    tracker.recordSpend(1, JAN_3_MIDNIGHT);
    expect(tracker.spentToday(JAN_3_MIDNIGHT)).toBe(1); // yesterday's total was replaced, not added
  });

  it.each<[string, number, boolean]>([
    ["below the limit", 399_999, false],
    ["exactly reaching the limit", 400_000, false],
    ["one micro over", 400_001, true],
  ])("wouldExceed: %s", (_name, estimate, expected) => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.recordSpend(600_000, JAN_2_NOON);
    expect(tracker.wouldExceed(estimate, JAN_2_NOON)).toBe(expected);
  });

  it("persists an adjusted limit and never reports negative remaining", () => {
    const storage = memoryStorage();
    createByokSpendTracker(storage).setLimit(500_000);
    const tracker = createByokSpendTracker(storage);
    expect(storage.items.get(BYOK_LIMIT_STORAGE_KEY)).toBe("500000");
    tracker.recordSpend(700_000, JAN_2_NOON);
    expect(tracker.remaining(JAN_2_NOON)).toBe(0);
    expect(tracker.wouldExceed(0, JAN_2_NOON)).toBe(true);
  });

  it("a zero limit blocks any spend", () => {
    const tracker = createByokSpendTracker(memoryStorage());
    tracker.setLimit(0);
    expect(tracker.wouldExceed(1, JAN_2_NOON)).toBe(true);
  });

  it.each([-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])("rejects %s micros", (micros) => {
    const tracker = createByokSpendTracker(memoryStorage());
    expect(() => tracker.recordSpend(micros, JAN_2_NOON)).toThrow(RangeError);
    expect(() => tracker.setLimit(micros)).toThrow(RangeError);
    expect(() => tracker.wouldExceed(micros, JAN_2_NOON)).toThrow(RangeError);
  });

  it.each(["not json", '{"day":"2025-01-02","micros":-5}', '{"micros":5}', "null"])(
    "treats an unreadable stored record (%s) as nothing spent",
    (stored) => {
      const storage = memoryStorage();
      storage.items.set(BYOK_SPEND_STORAGE_KEY, stored);
      const tracker = createByokSpendTracker(storage);
      expect(tracker.spentToday(JAN_2_NOON)).toBe(0);
      tracker.recordSpend(10, JAN_2_NOON);
      expect(tracker.spentToday(JAN_2_NOON)).toBe(10);
    },
  );

  it("falls back to the default for an unreadable stored limit", () => {
    const storage = memoryStorage();
    storage.items.set(BYOK_LIMIT_STORAGE_KEY, "1e3");
    expect(createByokSpendTracker(storage).limit()).toBe(DEFAULT_BYOK_DAILY_LIMIT_MICROS);
  });
});
