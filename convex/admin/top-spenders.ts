import type { QueryCtx } from "../_generated/server";
import { todaysSpend } from "../guardrails/daily-spend";
import { utcDayKey } from "../../rules/daily-budget";

export const TOP_SPENDERS = 10;

/**
 * Today's biggest spenders. Ranked by metrics' spendByUserDay (indexed by
 * amount; dailySpend has no index by day), amounts read from dailySpend,
 * which is what the cap enforces.
 */
export async function topSpendersToday(ctx: QueryCtx, now: number) {
  const ranked = await ctx.db
    .query("spendByUserDay")
    .withIndex("by_day_cost", (q) => q.eq("day", utcDayKey(now)))
    .order("desc")
    .take(TOP_SPENDERS);
  const rows = await Promise.all(
    ranked.map(async ({ userId }) => {
      const user = await ctx.db.get(userId);
      if (!user) return null;
      const spend = await todaysSpend(ctx, user, now);
      return {
        userId,
        name: user.name,
        email: user.email ?? null,
        tier: user.tier,
        spentMicros: spend.spentMicros,
        reservedMicros: spend.reservedMicros,
        capMicros: spend.capMicros,
      };
    }),
  );
  return rows.filter((r) => r !== null).sort((a, b) => b.spentMicros - a.spentMicros);
}
