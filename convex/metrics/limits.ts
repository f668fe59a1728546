import { v, type Infer } from "convex/values";
import type { Id } from "../_generated/dataModel";
import { internalMutation, type MutationCtx } from "../_generated/server";
import { pickShard } from "../lib/shards";
import { bucketStart } from "./rollup";
import { limitKindValidator } from "./tables";

export type LimitKind = Infer<typeof limitKindValidator>;

/**
 * Counts one refused send. With a user it counts at most once per user, kind
 * and minute, so a client that reports in a loop moves the counter by one
 * a minute at most. Returns whether it counted.
 */
export async function recordLimitHit(
  ctx: MutationCtx,
  userId: Id<"users"> | undefined,
  kind: LimitKind,
  now = Date.now(),
): Promise<boolean> {
  const minuteStart = bucketStart("minute", now);
  if (userId) {
    const seen = await ctx.db
      .query("limitHits")
      .withIndex("by_user_kind_minute", (q) => q.eq("userId", userId).eq("kind", kind).eq("minuteStart", minuteStart))
      .first();
    if (seen) return false;
    await ctx.db.insert("limitHits", { userId, kind, minuteStart });
  }
  const shard = pickShard();
  const totals = await ctx.db
    .query("limitHitTotals")
    .withIndex("by_kind", (q) => q.eq("kind", kind).eq("shard", shard))
    .unique();
  if (totals) await ctx.db.patch(totals._id, { total: totals.total + 1 });
  else await ctx.db.insert("limitHitTotals", { kind, total: 1, shard });
  console.log(JSON.stringify({ event: "limit_hit", kind, userId }));
  return true;
}

/** For server code that sees a refusal in a transaction that commits. */
export const recordRateLimitHit = internalMutation({
  args: { userId: v.optional(v.id("users")), kind: v.optional(limitKindValidator) },
  handler: async (ctx, { userId, kind }) => recordLimitHit(ctx, userId, kind ?? "rate_limited"),
});
