import { defineTable } from "convex/server";
import { v } from "convex/values";

export const libTables = {
  /** Shards of named hot counters (sharded-counter.ts): one row per name and shard. */
  shardedCounters: defineTable({ name: v.string(), shard: v.number(), value: v.number() }).index("by_name_shard", [
    "name",
    "shard",
  ]),
};
