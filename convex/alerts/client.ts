import type { Doc } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { userQuery } from "../lib/functions";
import { utcDayKey } from "../../rules/daily-budget";
import { PROVIDER_NAMES } from "../providers/resilience/provider-name";

const GLOBAL_KINDS = ["circuit_breaker_opened", "health_below_50"] as const;

/**
 * Today's alerts the signed-in user's client forwards to Sentry: their own
 * daily-cost alert and the global provider alerts. Kind, level, subject
 * (a provider name, or "you") and time only: no message text, no ids of others.
 */
export const today = userQuery({
  args: {},
  handler: async (ctx) => {
    const day = utcDayKey(Date.now());
    const own = await alertOf(ctx, "daily_cost_80", ctx.user._id, day);
    const global = await Promise.all(
      GLOBAL_KINDS.flatMap((kind) => PROVIDER_NAMES.map((provider) => alertOf(ctx, kind, provider, day))),
    );
    return [...(own ? [shown(own, "you")] : []), ...global.flatMap((a) => (a ? [shown(a, a.subject)] : []))];
  },
});

async function alertOf(ctx: QueryCtx, kind: string, subject: string, day: string) {
  return ctx.db
    .query("alerts")
    .withIndex("by_dedupe", (q) => q.eq("kind", kind).eq("subject", subject).eq("day", day))
    .first();
}

function shown(alert: Doc<"alerts">, subject: string) {
  return { id: alert._id, kind: alert.kind, level: alert.level, subject, day: alert.day, at: alert._creationTime };
}
