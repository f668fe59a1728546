import { describe, expect, it } from "vitest";
import { busyRetryAfterMs, canEnqueue, estimatedWaitMs, queuePosition } from "./queue-arithmetic";

describe("queuePosition", () => {
  const entries = [
    { id: "a", enqueuedAt: 1 },
    { id: "b", enqueuedAt: 2 },
    { id: "c", enqueuedAt: 3 },
  ];

  it("is 1-based in FIFO order", () => {
    expect(entries.map((entry) => queuePosition(entries, entry.id))).toEqual([1, 2, 3]);
  });

  it("is undefined for an id that is not queued", () => {
    expect(queuePosition(entries, "z")).toBeUndefined();
    expect(queuePosition([], "a")).toBeUndefined();
  });
});

describe("canEnqueue", () => {
  it("allows up to max entries", () => {
    expect(canEnqueue(99, 100)).toBe(true);
    expect(canEnqueue(100, 100)).toBe(false);
    expect(canEnqueue(0, 0)).toBe(false);
  });
});

describe("estimatedWaitMs", () => {
  it("scales with position at the provider's drain rate", () => {
    expect(estimatedWaitMs(1, 30)).toBe(2_000);
    expect(estimatedWaitMs(3, 30)).toBe(6_000);
    expect(estimatedWaitMs(1, 20)).toBe(3_000);
    expect(estimatedWaitMs(0, 30)).toBe(0);
  });

  it("rounds up and survives a zero rpm", () => {
    expect(estimatedWaitMs(1, 7)).toBe(8_572);
    expect(Number.isFinite(estimatedWaitMs(5, 0))).toBe(true);
  });
});

describe("busyRetryAfterMs", () => {
  it("estimates the time to drain the current queue in whole seconds", () => {
    expect(busyRetryAfterMs(100, 30)).toBe(200_000);
    expect(busyRetryAfterMs(100, 20)).toBe(300_000);
    expect(busyRetryAfterMs(1, 7)).toBe(9_000);
  });

  it("never suggests less than one second", () => {
    expect(busyRetryAfterMs(0, 30)).toBe(1_000);
    expect(busyRetryAfterMs(1, 600)).toBe(1_000);
  });

  it("grows with the queue", () => {
    expect(busyRetryAfterMs(50, 30)).toBeLessThan(busyRetryAfterMs(51, 30));
  });
});
