import { internalMutation } from "../_generated/server";
import { addCounters, bucketStart, countersOf, type Granularity } from "./rollup";
import { rollupsBetween } from "./rollup-store";

// Roll-up rows are written on one of SHARDS shards each (rollup-store.ts), so
// a busy minute leaves up to SHARDS rows per model. Once a bucket has closed
// nobody writes it again: this folds its shards into one row, so dashboards
// read one row per closed bucket and model, and many only for the open one.
// "total" rows never close and stay sharded (/metrics sums them).

const SPAN_MS: Record<Exclude<Granularity, "total">, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };
/** Closed buckets looked at per run: the last few, so a missed run is caught up by the next. */
const CLOSED_BUCKETS_PER_RUN = 5;

export const compact = internalMutation({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    let folded = 0;
    for (const granularity of ["minute", "hour", "day"] as const) {
      const open = bucketStart(granularity, now);
      const rows = await rollupsBetween(ctx, granularity, open - CLOSED_BUCKETS_PER_RUN * SPAN_MS[granularity], open);
      const groups = new Map<string, typeof rows>();
      for (const row of rows) {
        const key = `${row.bucketStart}|${row.provider}|${row.model}`;
        groups.set(key, [...(groups.get(key) ?? []), row]);
      }
      for (const [keep, ...rest] of groups.values()) {
        if (!keep || rest.length === 0) continue;
        const sum = rest.reduce((total, row) => addCounters(total, countersOf(row)), countersOf(keep));
        await ctx.db.patch(keep._id, sum);
        for (const row of rest) await ctx.db.delete(row._id);
        folded += rest.length;
      }
    }
    if (folded > 0) console.log(JSON.stringify({ event: "rollups_compacted", folded }));
  },
});
