import { describe, expect, it } from "vitest";
import { markKeyBad, pickKey, recordKeyUse, usageFor, type KeyUsage } from "./key-pool";

const DAY = "2026-01-15";
const keyIds = ["k0", "k1", "k2"];
const rec = (keyId: string, used: number, bad = false, day = DAY): KeyUsage => ({ keyId, day, used, bad });
const pick = (usage: KeyUsage[], cursor = 0, quota = 10) => pickKey({ keyIds, usage, cursor, quota, day: DAY });

describe("usageFor", () => {
  it("finds today's record or starts a fresh one", () => {
    expect(usageFor([rec("k1", 4)], "k1", DAY)).toEqual(rec("k1", 4));
    expect(usageFor([rec("k1", 4, true, "2026-01-14")], "k1", DAY)).toEqual(rec("k1", 0));
    expect(usageFor([], "k9", DAY)).toEqual(rec("k9", 0));
  });
});

describe("pickKey", () => {
  it("rotates round-robin from the cursor", () => {
    const picked: string[] = [];
    let cursor = 0;
    for (let i = 0; i < 4; i++) {
      const result = pick([], cursor);
      if (result.exhausted) throw new Error("unexpected exhaustion");
      picked.push(result.keyId);
      cursor = result.nextCursor;
    }
    expect(picked).toEqual(["k0", "k1", "k2", "k0"]);
  });

  it("skips bad keys and keys at quota", () => {
    expect(pick([rec("k0", 0, true), rec("k1", 10)], 0)).toEqual({ exhausted: false, keyId: "k2", nextCursor: 0 });
    expect(pick([rec("k2", 10)], 2)).toEqual({ exhausted: false, keyId: "k0", nextCursor: 1 });
  });

  it("uses a key one below quota", () => {
    expect(pick([rec("k0", 9)], 0)).toMatchObject({ keyId: "k0" });
  });

  it("ignores yesterday's exhaustion and badness", () => {
    const yesterday = keyIds.map((id) => rec(id, 10, true, "2026-01-14"));
    expect(pick(yesterday, 1)).toMatchObject({ exhausted: false, keyId: "k1" });
  });

  it("wraps a stale or odd cursor", () => {
    expect(pick([], 7)).toMatchObject({ keyId: "k1" });
    expect(pick([], -1)).toMatchObject({ keyId: "k2" });
    expect(pick([], Number.NaN)).toMatchObject({ keyId: "k0" });
  });

  it("reports exhaustion with the reasons counted", () => {
    expect(pick([rec("k0", 0, true), rec("k1", 10), rec("k2", 12)])).toEqual({
      exhausted: true,
      badKeys: 1,
      atQuotaKeys: 2,
    });
    expect(pickKey({ keyIds: [], usage: [], cursor: 0, quota: 10, day: DAY })).toEqual({
      exhausted: true,
      badKeys: 0,
      atQuotaKeys: 0,
    });
  });
});

describe("recordKeyUse", () => {
  it("increments usage without mutating the input", () => {
    const before = rec("k0", 3);
    expect(recordKeyUse(before, 10, 0.9).next).toEqual(rec("k0", 4));
    expect(before.used).toBe(3);
  });

  it("crosses the alert exactly once, at 90% of quota", () => {
    for (const [quota, expectedAt] of [
      [1_000, 900],
      [14_400, 12_960],
      [7, 7],
      [10, 9],
    ] as const) {
      let usage = rec("k0", 0);
      const crossings: number[] = [];
      for (let i = 0; i < quota + 5; i++) {
        const result = recordKeyUse(usage, quota, 0.9);
        if (result.crossedAlert) crossings.push(result.next.used);
        usage = result.next;
      }
      expect(crossings).toEqual([expectedAt]);
    }
    expect(recordKeyUse(rec("k0", 899), 1_000, 0.9).crossedAlert).toBe(true);
    expect(recordKeyUse(rec("k0", 898), 1_000, 0.9).crossedAlert).toBe(false);
  });
});

describe("markKeyBad", () => {
  it("reports newlyBad only the first time", () => {
    const first = markKeyBad(rec("k0", 2));
    expect(first).toEqual({ next: rec("k0", 2, true), newlyBad: true });
    expect(markKeyBad(first.next).newlyBad).toBe(false);
  });
});
