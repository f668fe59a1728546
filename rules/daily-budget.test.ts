import { describe, expect, it } from "vitest";
import {
  canReserve,
  crossedAlertThreshold,
  MIN_REQUEST_MICROS,
  nextUtcMidnight,
  remainingMicros,
  reservationMicros,
  settleReservation,
  utcDayKey,
} from "./daily-budget";
import { costMicros, priceFor } from "./pricing";

const at = (iso: string) => Date.parse(iso);

describe("UTC day arithmetic (injected clock)", () => {
  it("the day changes exactly at 00:00:00.000 UTC", () => {
    expect(utcDayKey(at("2026-03-14T23:59:59.999Z"))).toBe("2026-03-14");
    expect(utcDayKey(at("2026-03-15T00:00:00.000Z"))).toBe("2026-03-15");
  });

  it("uses UTC, not a local offset", () => {
    // 23:30 in New York on the 14th is already the 15th in UTC.
    expect(utcDayKey(at("2026-03-14T23:30:00-04:00"))).toBe("2026-03-15");
  });

  it("nextUtcMidnight is the first ms of the next day, and midnight itself rolls forward a full day", () => {
    expect(nextUtcMidnight(at("2026-03-14T23:59:59.999Z"))).toBe(at("2026-03-15T00:00:00.000Z"));
    expect(nextUtcMidnight(at("2026-03-15T00:00:00.000Z"))).toBe(at("2026-03-16T00:00:00.000Z"));
    expect(nextUtcMidnight(at("2026-03-15T12:34:56.789Z"))).toBe(at("2026-03-16T00:00:00.000Z"));
  });

  it("handles month, year and leap-day boundaries", () => {
    expect(nextUtcMidnight(at("2028-02-28T10:00:00Z"))).toBe(at("2028-02-29T00:00:00Z"));
    expect(nextUtcMidnight(at("2026-12-31T23:00:00Z"))).toBe(at("2027-01-01T00:00:00Z"));
    expect(utcDayKey(at("2028-02-29T00:00:00Z"))).toBe("2028-02-29");
  });

  it("the day key of nextUtcMidnight is always the following day", () => {
    const now = at("2026-07-01T08:00:00Z");
    expect(utcDayKey(nextUtcMidnight(now))).toBe("2026-07-02");
    expect(utcDayKey(nextUtcMidnight(now) - 1)).toBe("2026-07-01");
  });

  it("rejects a non-finite clock", () => {
    expect(() => utcDayKey(Number.NaN)).toThrow(RangeError);
    expect(() => nextUtcMidnight(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe("remainingMicros", () => {
  it("is cap minus spent minus reserved", () => {
    expect(remainingMicros({ capMicros: 1_000_000, spentMicros: 300_000, reservedMicros: 200_000 })).toBe(500_000);
  });

  it("is never negative, even after an overrun", () => {
    expect(remainingMicros({ capMicros: 1_000_000, spentMicros: 1_000_050, reservedMicros: 0 })).toBe(0);
    expect(remainingMicros({ capMicros: 0, spentMicros: 0, reservedMicros: 10 })).toBe(0);
  });

  it("rejects non-integer or negative money", () => {
    expect(() => remainingMicros({ capMicros: 1.5, spentMicros: 0, reservedMicros: 0 })).toThrow(RangeError);
    expect(() => remainingMicros({ capMicros: 10, spentMicros: -1, reservedMicros: 0 })).toThrow(RangeError);
  });
});

describe("MIN_REQUEST_MICROS and reservationMicros", () => {
  it("equals the rounded-up cost of the smallest call on the primary model", () => {
    const minimal = costMicros(priceFor("groq", "openai/gpt-oss-20b"), { promptTokens: 1, completionTokens: 1 });
    expect(MIN_REQUEST_MICROS).toBe(minimal);
    expect(MIN_REQUEST_MICROS).toBeGreaterThan(0);
  });

  it("a free request still reserves the minimum; larger ones reserve their worst case", () => {
    expect(reservationMicros(0)).toBe(MIN_REQUEST_MICROS);
    expect(reservationMicros(608)).toBe(608);
  });
});

describe("canReserve", () => {
  const cap = 1_000;

  it("admits a request that fits exactly, refuses one micro more", () => {
    expect(canReserve({ capMicros: cap, spentMicros: 600, reservedMicros: 300, requestMicros: 100 })).toBe(true);
    expect(canReserve({ capMicros: cap, spentMicros: 600, reservedMicros: 300, requestMicros: 101 })).toBe(false);
  });

  it("blocks a used-up budget even for a model priced at $0", () => {
    expect(canReserve({ capMicros: cap, spentMicros: cap, reservedMicros: 0, requestMicros: 0 })).toBe(false);
    expect(canReserve({ capMicros: 0, spentMicros: 0, reservedMicros: 0, requestMicros: 0 })).toBe(false);
    expect(canReserve({ capMicros: cap, spentMicros: cap - 1, reservedMicros: 0, requestMicros: 0 })).toBe(true);
  });

  it("never lets spent + reserved exceed the cap while costs stay within reservations", () => {
    // Deterministic pseudo-random walk: reserve when allowed, settle oldest at a cost <= its reservation.
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    let spent = 0;
    let reserved = 0;
    const open: number[] = [];
    for (let step = 0; step < 5_000; step++) {
      const request = rand(120);
      if (
        rand(2) === 0 &&
        canReserve({ capMicros: cap, spentMicros: spent, reservedMicros: reserved, requestMicros: request })
      ) {
        const amount = reservationMicros(request);
        open.push(amount);
        reserved += amount;
      } else if (open.length > 0) {
        const amount = open.shift()!;
        const settled = settleReservation({ reservedMicros: amount, actualMicros: rand(amount + 1) });
        reserved -= settled.releaseMicros;
        spent += settled.spendMicros;
      }
      expect(reserved).toBeGreaterThanOrEqual(0);
      expect(spent + reserved).toBeLessThanOrEqual(cap);
    }
    expect(spent).toBeGreaterThan(cap / 2); // the walk really exercised the budget
  });
});

describe("settleReservation", () => {
  it("releases the whole reservation and spends the actual cost", () => {
    expect(settleReservation({ reservedMicros: 608, actualMicros: 212 })).toEqual({
      releaseMicros: 608,
      spendMicros: 212,
      overrunMicros: 0,
    });
  });

  it("spends and reports an overrun rather than hiding it", () => {
    expect(settleReservation({ reservedMicros: 100, actualMicros: 130 })).toEqual({
      releaseMicros: 100,
      spendMicros: 130,
      overrunMicros: 30,
    });
  });

  it("rejects negative or fractional amounts", () => {
    expect(() => settleReservation({ reservedMicros: -1, actualMicros: 0 })).toThrow(RangeError);
    expect(() => settleReservation({ reservedMicros: 1, actualMicros: 0.5 })).toThrow(RangeError);
  });
});

describe("crossedAlertThreshold", () => {
  const capMicros = 1_000_000;

  it.each([
    [799_999, 800_000, true],
    [700_000, 900_000, true],
    [799_998, 799_999, false],
    [800_000, 850_000, false], // already past: alert only once
    [0, 1_200_000, true],
  ])("80%%: %i → %i crosses: %s", (before, after, expected) => {
    expect(crossedAlertThreshold({ before, after, capMicros })).toBe(expected);
  });

  it("honours a custom fraction without float drift (7% of 100 is 7, not 7.000000000000001)", () => {
    expect(0.07 * 100).not.toBe(7);
    expect(crossedAlertThreshold({ before: 6, after: 7, capMicros: 100, fraction: 0.07 })).toBe(true);
    expect(crossedAlertThreshold({ before: 7, after: 8, capMicros: 100, fraction: 0.07 })).toBe(false);
  });

  it("a zero cap never alerts", () => {
    expect(crossedAlertThreshold({ before: 0, after: 5, capMicros: 0 })).toBe(false);
  });

  it("rejects fractions outside (0, 1]", () => {
    expect(() => crossedAlertThreshold({ before: 0, after: 1, capMicros: 10, fraction: 0 })).toThrow(RangeError);
    expect(() => crossedAlertThreshold({ before: 0, after: 1, capMicros: 10, fraction: 1.2 })).toThrow(RangeError);
    expect(() => crossedAlertThreshold({ before: 0, after: 1, capMicros: 10, fraction: Number.NaN })).toThrow(
      RangeError,
    );
  });
});
