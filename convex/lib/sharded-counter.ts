import type { MutationCtx, QueryCtx } from "../_generated/server";
import { pickShard, SHARDS } from "./shards";

// A named counter (e.g. "spend:2026-11-30", the deployment's spend of a day)
// kept in SHARDS rows of the `shardedCounters` table: adding writes one row
// picked at random, reading sums them. For a cap checked in the same
// transaction as the add, reading every shard would put them all in the read
// set (and conflict with every concurrent writer again): check against the
// shard's share of the cap instead (`shareOf`).

/** Adds `delta` to one shard of the counter `name`. */
export async function addToCounter(ctx: MutationCtx, name: string, delta: number, shards = SHARDS) {
  const shard = pickShard(shards);
  const row = await ctx.db
    .query("shardedCounters")
    .withIndex("by_name_shard", (q) => q.eq("name", name).eq("shard", shard))
    .unique();
  if (row) await ctx.db.patch(row._id, { value: row.value + delta });
  else await ctx.db.insert("shardedCounters", { name, shard, value: delta });
  return shard;
}

/** The counter's value: its shards summed. */
export async function readCounter(ctx: QueryCtx, name: string): Promise<number> {
  const rows = await ctx.db
    .query("shardedCounters")
    .withIndex("by_name_shard", (q) => q.eq("name", name))
    .collect();
  return rows.reduce((sum, row) => sum + row.value, 0);
}

/** Shard `shard`'s part of a `total` split over `shards` (the remainder goes to the first ones), so the parts add up to it exactly. */
export function shareOf(total: number, shard: number, shards: number): number {
  return Math.floor(total / shards) + (shard < total % shards ? 1 : 0);
}
