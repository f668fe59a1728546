import { describe, expect, it } from "vitest";
import { admit, initialBreaker, recordFailure, recordSuccess, type BreakerState } from "./breaker";
import { DEFAULT_RESILIENCE_CONFIG } from "./config";

const cfg = DEFAULT_RESILIENCE_CONFIG.breaker; // threshold 5, open 60_000, probe timeout 120_000
const T0 = 1_000_000;

function failTimes(state: BreakerState, times: number, now = T0) {
  let next = state;
  const opens: boolean[] = [];
  for (let i = 0; i < times; i++) {
    const result = recordFailure(next, now, cfg);
    next = result.next;
    opens.push(result.opened);
  }
  return { next, opens };
}

const openBreaker = () => failTimes(initialBreaker(), 5).next;

describe("closed breaker", () => {
  it("admits requests without probing", () => {
    expect(admit(initialBreaker(), T0, cfg)).toEqual({ allowed: true, next: initialBreaker(), isProbe: false });
  });

  it("stays closed after 4 consecutive failures", () => {
    const { next, opens } = failTimes(initialBreaker(), 4);
    expect(next).toMatchObject({ state: "closed", consecutiveFailures: 4 });
    expect(opens).not.toContain(true);
    expect(admit(next, T0, cfg).allowed).toBe(true);
  });

  it("opens on exactly the 5th failure, reporting `opened` once", () => {
    const { next, opens } = failTimes(initialBreaker(), 5, T0);
    expect(next).toEqual({ state: "open", consecutiveFailures: 5, openedAt: T0, probeInFlight: false });
    expect(opens).toEqual([false, false, false, false, true]);
  });

  it("resets the count on success", () => {
    const almost = failTimes(initialBreaker(), 4).next;
    const afterSuccess = recordSuccess(almost);
    expect(afterSuccess).toEqual(initialBreaker());
    expect(failTimes(afterSuccess, 4).next.state).toBe("closed");
  });
});

describe("open breaker", () => {
  it("refuses until openDurationMs has passed (59_999 ms still open)", () => {
    const open = openBreaker();
    expect(admit(open, T0 + 59_999, cfg)).toEqual({ allowed: false, next: open, isProbe: false });
  });

  it("admits exactly one probe at 60_000 ms and turns half-open", () => {
    const first = admit(openBreaker(), T0 + 60_000, cfg);
    expect(first).toMatchObject({ allowed: true, isProbe: true });
    expect(first.next).toMatchObject({ state: "half_open", probeInFlight: true, probeStartedAt: T0 + 60_000 });
    const second = admit(first.next, T0 + 60_001, cfg);
    expect(second).toEqual({ allowed: false, next: first.next, isProbe: false });
  });

  it("does not extend the open period or re-alert on late failures", () => {
    const result = recordFailure(openBreaker(), T0 + 30_000, cfg);
    expect(result).toMatchObject({ opened: false, reopened: false });
    expect(result.next).toMatchObject({ state: "open", openedAt: T0, consecutiveFailures: 6 });
  });

  it("lets a probe through when openedAt is missing", () => {
    const corrupt: BreakerState = { state: "open", consecutiveFailures: 5, probeInFlight: false };
    expect(admit(corrupt, T0, cfg).isProbe).toBe(true);
  });
});

describe("half-open breaker", () => {
  const probing = () => admit(openBreaker(), T0 + 60_000, cfg).next;

  it("closes on probe success", () => {
    const closed = recordSuccess(probing());
    expect(closed).toEqual({ state: "closed", consecutiveFailures: 0, probeInFlight: false });
    expect(admit(closed, T0 + 60_001, cfg).allowed).toBe(true);
  });

  it("reopens on probe failure with a fresh openedAt, flagged as reopened not opened", () => {
    const failedAt = T0 + 61_000;
    const result = recordFailure(probing(), failedAt, cfg);
    expect(result).toMatchObject({ opened: false, reopened: true });
    expect(result.next).toMatchObject({ state: "open", openedAt: failedAt, probeInFlight: false });
    expect(admit(result.next, failedAt + 59_999, cfg).allowed).toBe(false);
    expect(admit(result.next, failedAt + 60_000, cfg).isProbe).toBe(true);
  });

  it("admits a new probe if the previous one never reported back within probeTimeoutMs", () => {
    const lost = probing();
    expect(admit(lost, T0 + 60_000 + 119_999, cfg).allowed).toBe(false);
    const retry = admit(lost, T0 + 60_000 + 120_000, cfg);
    expect(retry).toMatchObject({ allowed: true, isProbe: true });
    expect(retry.next.probeStartedAt).toBe(T0 + 180_000);
  });
});

describe("breaker state", () => {
  it("never contains undefined values (Convex documents cannot)", () => {
    const states = [initialBreaker(), openBreaker(), admit(openBreaker(), T0 + 60_000, cfg).next];
    for (const state of states) expect(Object.values(state)).not.toContain(undefined);
  });
});
