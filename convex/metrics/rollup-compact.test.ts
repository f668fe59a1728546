import { afterEach, expect, it, vi } from "vitest";
import { internal } from "../_generated/api";
import { newBackend, signIn } from "../test.setup";
import { finishReply } from "./fixtures.test-helpers";
import { sumRowsBy } from "./rollup-store";

afterEach(() => vi.useRealTimers());

it("folds a closed bucket's shards into one row with the same sums, and leaves open buckets and totals sharded", async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  const minute = Date.UTC(2026, 10, 22, 12, 30);
  vi.setSystemTime(minute + 1_000);
  const t = newBackend();
  const user = await signIn(t, { name: "u" });
  for (let i = 0; i < 40; i++) await finishReply(t, user.userId);
  const rows = () => t.run((ctx) => ctx.db.query("metricRollups").collect());
  const before = await rows();
  const minuteRows = before.filter((r) => r.granularity === "minute");
  expect(minuteRows.length).toBeGreaterThan(10); // 40 replies over 128 shards

  await t.mutation(internal.metrics["rollup-compact"].compact, {}); // the minute is still open
  expect((await rows()).filter((r) => r.granularity === "minute")).toHaveLength(minuteRows.length);

  vi.setSystemTime(minute + 61_000); // the minute closed; the hour, the day and the totals did not
  await t.mutation(internal.metrics["rollup-compact"].compact, {});
  const after = await rows();
  expect(after.filter((r) => r.granularity === "minute")).toHaveLength(1);
  expect(after.filter((r) => r.granularity === "hour")).toHaveLength(
    before.filter((r) => r.granularity === "hour").length,
  );
  expect(after.filter((r) => r.granularity === "total").length).toBeGreaterThan(1);
  const sums = (list: typeof before) => Object.fromEntries(sumRowsBy(list, (r) => r.granularity));
  expect(sums(after)).toEqual(sums(before));
});
