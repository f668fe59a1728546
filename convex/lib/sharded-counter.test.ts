import { describe, expect, it } from "vitest";
import { newBackend } from "../test.setup";
import { addToCounter, readCounter, shareOf } from "./sharded-counter";
import { pickShard, SHARDS, sumShards } from "./shards";

describe("sharded counter", () => {
  it("spreads 1,000 adds over shards and reads back their exact sum", async () => {
    const t = newBackend();
    await Promise.all(
      Array.from({ length: 1_000 }, (_, i) => t.run((ctx) => addToCounter(ctx, "spend:2026-11-22", i % 7))),
    );
    const rows = await t.run((ctx) => ctx.db.query("shardedCounters").collect());
    expect(rows.length).toBeGreaterThan(SHARDS / 2);
    expect(Math.max(...rows.map((r) => r.shard))).toBeLessThan(SHARDS);
    expect(await t.run((ctx) => readCounter(ctx, "spend:2026-11-22"))).toBe(
      Array.from({ length: 1_000 }, (_, i) => i % 7).reduce((a, b) => a + b),
    );
    expect(await t.run((ctx) => readCounter(ctx, "spend:2026-11-23"))).toBe(0);
  }, 30_000);

  it("splits a total into shares that add up to it exactly", () => {
    for (const [total, shards] of [
      [30, 1],
      [1_000, 128],
      [7, 3],
      [0, 4],
    ] as const) {
      expect(Array.from({ length: shards }, (_, s) => shareOf(total, s, shards)).reduce((a, b) => a + b, 0)).toBe(
        total,
      );
    }
  });

  it("picks shards inside the range, even from a random source that returns its upper bound", () => {
    expect(pickShard(8, () => 0)).toBe(0);
    expect(pickShard(8, () => 0.99999)).toBe(7);
    expect(pickShard(8, () => 1)).toBe(7);
    expect([
      ...sumShards(
        [
          { k: "a", v: 1 },
          { k: "b", v: 2 },
          { k: "a", v: 3 },
        ],
        (r) => r.k,
        (r) => r.v,
        (a, b) => a + b,
      ),
    ]).toEqual([
      ["a", 4],
      ["b", 2],
    ]);
  });
});
