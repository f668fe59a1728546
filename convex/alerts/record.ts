import type { Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";

export type AlertKind =
  | "api_quota_exceeded"
  | "key_quota_90"
  | "daily_cost_80"
  | "circuit_breaker_opened"
  | "health_below_50"
  | "error_rate_above_5"
  | "cache_hit_rate_below_20"
  | "key_rejected"
  | "service_daily_cost_80"
  | "cache_pool_below_min";

/** Records an alert once per kind, subject and UTC day; returns whether it was new. */
export async function recordAlert(
  ctx: MutationCtx,
  alert: {
    kind: AlertKind;
    subject: string;
    level: "info" | "warning" | "error";
    message: string;
    userId?: Id<"users">;
  },
  now = Date.now(),
): Promise<boolean> {
  const day = utcDayKey(now);
  const existing = await ctx.db
    .query("alerts")
    .withIndex("by_dedupe", (q) => q.eq("kind", alert.kind).eq("subject", alert.subject).eq("day", day))
    .first();
  if (existing) return false;
  await ctx.db.insert("alerts", { ...alert, day });
  // Structured log: Convex log streams carry it to the operator's sink.
  console.log(JSON.stringify({ event: "alert", kind: alert.kind, subject: alert.subject, level: alert.level, day }));
  return true;
}
