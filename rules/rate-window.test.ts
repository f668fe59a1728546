import { describe, expect, it } from "vitest";
import {
  admissionsInWindow,
  conversationCreationLimitFor,
  decideAdmission,
  RATE_LIMIT_PERIOD_MS,
  windowClearsAt,
} from "./rate-window";

const S = 1000;
const at = (...seconds: number[]) => seconds.map((s) => s * S);
const five = (second: number) => at(...Array<number>(5).fill(second));

// Replays sends one by one against the log, as consumeChatRequest does: each
// admitted send is appended; the outcome of each is recorded.
function replay(sendTimes: readonly number[], limit: number) {
  const log: number[] = [];
  return sendTimes.map((now) => {
    const decision = decideAdmission(log, now, limit);
    if (decision.ok) log.push(now);
    return decision.ok ? "ok" : decision.retryAfterMs;
  });
}

describe("the rolling window, replayed send by send (injected clock)", () => {
  it.each<[string, number[], number, (string | number)[]]>([
    [
      "5 at 0:59 then 5 at 1:01: the second five refused, each told 58 s",
      [...five(59), ...five(61)],
      5,
      [...Array(5).fill("ok"), ...Array(5).fill(58 * S)],
    ],
    ["the sixth in the same second waits exactly 60 s", [...five(10), 10 * S], 5, [...Array(5).fill("ok"), 60 * S]],
    [
      "59.999 s after the first it is still refused, by 1 ms",
      [...at(0, 1, 2, 3, 4), 59_999],
      5,
      ["ok", "ok", "ok", "ok", "ok", 1],
    ],
    [
      "exactly 60 s after the first one slot frees",
      [...at(0, 1, 2, 3, 4), 60 * S, 60 * S],
      5,
      ["ok", "ok", "ok", "ok", "ok", "ok", 1 * S],
    ],
    [
      "spread sends: the countdown names the oldest in the window",
      [...at(0, 20, 40, 50, 55), 58 * S],
      5,
      ["ok", "ok", "ok", "ok", "ok", 2 * S],
    ],
    ["limit 1: every send waits for the last one to age out", at(0, 30, 60, 61), 1, ["ok", 30 * S, "ok", 59 * S]],
    [
      "refusals are not logged: they never push the retry later",
      [...five(0), ...at(30, 45, 59.5, 60)],
      5,
      [...Array(5).fill("ok"), 30 * S, 15 * S, 0.5 * S, "ok"],
    ],
  ])("%s", (_name, sends, limit, expected) => {
    expect(replay(sends, limit)).toEqual(expected);
  });

  it("no 60-second span ever holds more than the limit (every span start checked, 2,000 random sends)", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const sends = Array.from({ length: 2000 }, () => Math.floor(random() * 600 * S)).sort((a, b) => a - b);
    const log: number[] = [];
    for (const now of sends) if (decideAdmission(log, now, 5).ok) log.push(now);
    for (const start of log)
      expect(log.filter((t) => t >= start && t < start + RATE_LIMIT_PERIOD_MS).length).toBeLessThanOrEqual(5);
    expect(log.length).toBeGreaterThan(5 * 9); // and it is not simply refusing everything
  });
});

describe("decideAdmission", () => {
  it("after a downgrade (10 in the window, limit now 5) waits for the sixth-newest to age out", () => {
    const log = at(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    expect(decideAdmission(log, 10 * S, 5)).toEqual({ ok: false, used: 10, retryAt: 65 * S, retryAfterMs: 55 * S });
  });

  it("counts admissions stamped slightly in the future (another clock) as admitted", () => {
    expect(decideAdmission(five(11), 10 * S, 5)).toMatchObject({ ok: false, used: 5 });
  });

  it("ignores order and stale entries", () => {
    expect(decideAdmission(at(100, -5, 90, 30, 95), 100 * S, 3)).toEqual({
      ok: false,
      used: 3,
      retryAt: 150 * S,
      retryAfterMs: 50 * S,
    });
  });

  it("rejects a bad limit, clock or period", () => {
    expect(() => decideAdmission([], 0, 0)).toThrow(RangeError);
    expect(() => decideAdmission([], 0, 1.5)).toThrow(RangeError);
    expect(() => decideAdmission([], Number.NaN, 5)).toThrow(RangeError);
    expect(() => admissionsInWindow([], 0, 0)).toThrow(RangeError);
  });
});

describe("meter helpers", () => {
  it("admissionsInWindow keeps (now − 60 s, …] sorted", () => {
    expect(admissionsInWindow(at(61, 1, 2, 30), 61 * S)).toEqual(at(2, 30, 61));
  });

  it("windowClearsAt is when the newest admission ages out, or now", () => {
    expect(windowClearsAt(at(0, 20, 40), 45 * S)).toBe(100 * S);
    expect(windowClearsAt(at(0), 60 * S)).toBe(60 * S);
  });
});

describe("conversationCreationLimitFor", () => {
  it.each([
    ["free", 5],
    ["pro", 30],
    ["enterprise", 100],
  ] as const)("%s: a token bucket of %i a minute, bursts capped at the same", (tier, rate) => {
    expect(conversationCreationLimitFor(tier)).toEqual({ kind: "token bucket", rate, period: 60_000, capacity: rate });
  });
});
