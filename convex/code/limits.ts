import { defineRateLimits, type FixedWindowRateLimit } from "convex-helpers/server/rateLimit";
import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { codeExecutionByTier } from "../../rules/code-execution";
import { MS_PER_DAY } from "../../rules/daily-budget";
import type { Tier } from "../../rules/entitlements";
import { appError } from "../lib/errors";

// Code runs have their own windows, separate from chat messages: a minute, and
// a UTC day (start 0 pins both to the epoch, so the day window ends at midnight UTC).
const window = (rate: number, period: number): FixedWindowRateLimit => ({
  kind: "fixed window",
  rate,
  period,
  start: 0,
});
const tiers = Object.keys(codeExecutionByTier) as Tier[];
const { rateLimit } = defineRateLimits(
  Object.fromEntries(
    tiers.flatMap((tier) => [
      [`code:minute:${tier}`, window(codeExecutionByTier[tier].runsPerMinute, 60_000)],
      [`code:day:${tier}`, window(codeExecutionByTier[tier].runsPerDay, MS_PER_DAY)],
    ]),
  ),
);

/** Takes one run from the user's minute and day, or throws; a refusal (thrown) rolls both back. */
export async function consumeCodeRun(ctx: MutationCtx, user: Doc<"users">, now = Date.now()) {
  const limits = codeExecutionByTier[user.tier];
  const minute = await rateLimit(ctx, { name: `code:minute:${user.tier}`, key: user._id });
  if (!minute.ok) {
    const retryAt = minute.retryAt ?? now + 60_000;
    throw appError("code_execution_rate_limited", {
      retryAfterMs: Math.max(0, retryAt - now),
      resetsAt: retryAt,
      limit: limits.runsPerMinute,
    });
  }
  const day = await rateLimit(ctx, { name: `code:day:${user.tier}`, key: user._id });
  if (!day.ok) {
    const retryAt = day.retryAt ?? now + MS_PER_DAY;
    throw appError("code_execution_quota", {
      retryAfterMs: Math.max(0, retryAt - now),
      resetsAt: retryAt,
      limit: limits.runsPerDay,
    });
  }
}
