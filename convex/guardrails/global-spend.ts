import type { MutationCtx, QueryCtx } from "../_generated/server";
import { canReserve, crossedAlertThreshold, nextUtcMidnight } from "../../rules/daily-budget";
import { formatUsd, MICROS_PER_USD } from "../../rules/money";
import { appError } from "../lib/errors";
import { recordAlert } from "../alerts/record";

// The deployment-wide daily ceiling (GLOBAL_DAILY_CAP_USD). One row per UTC
// day that every hold and every settlement writes: a hot document by design,
// because only a single serialised counter makes "never more than the cap,
// however many users send at once" exact. Unset → no row is touched at all.

/** The cap in micro-USD, or undefined when GLOBAL_DAILY_CAP_USD is unset (no ceiling). */
export function globalCapMicros(env: Record<string, string | undefined> = process.env): number | undefined {
  const raw = env.GLOBAL_DAILY_CAP_USD?.trim();
  if (!raw) return undefined;
  const usd = Number(raw);
  // A typo must not silently lift the ceiling: an unreadable value caps at $0.
  if (!Number.isFinite(usd) || usd < 0) {
    console.error(JSON.stringify({ event: "bad_env", name: "GLOBAL_DAILY_CAP_USD" }));
    return 0;
  }
  return Math.round(usd * MICROS_PER_USD);
}

const globalRow = (ctx: QueryCtx, day: string) =>
  ctx.db
    .query("globalSpend")
    .withIndex("by_day", (q) => q.eq("day", day))
    .unique();

/** Adds a hold to the day's deployment total, or refuses with `service_daily_cap`; false when no cap is set. */
export async function holdGlobally(ctx: MutationCtx, day: string, micros: number, now: number): Promise<boolean> {
  const capMicros = globalCapMicros();
  if (capMicros === undefined) return false;
  const row = await globalRow(ctx, day);
  const state = { capMicros, spentMicros: row?.spentMicros ?? 0, reservedMicros: row?.reservedMicros ?? 0 };
  if (!canReserve({ ...state, requestMicros: micros })) {
    throw appError("service_daily_cap", { resetsAt: nextUtcMidnight(now), retryAfterMs: nextUtcMidnight(now) - now });
  }
  if (row) await ctx.db.patch(row._id, { reservedMicros: row.reservedMicros + micros });
  else await ctx.db.insert("globalSpend", { day, spentMicros: 0, reservedMicros: micros });
  return true;
}

/** Moves a hold off the deployment total and adds what it really cost; alerts once a day at 80 % of the cap. */
export async function settleGlobally(ctx: MutationCtx, day: string, heldMicros: number, actualMicros: number) {
  const row = await globalRow(ctx, day);
  if (!row) return;
  const spentMicros = row.spentMicros + actualMicros;
  await ctx.db.patch(row._id, { spentMicros, reservedMicros: Math.max(0, row.reservedMicros - heldMicros) });
  const capMicros = globalCapMicros();
  if (capMicros !== undefined && crossedAlertThreshold({ before: row.spentMicros, after: spentMicros, capMicros })) {
    await recordAlert(ctx, {
      kind: "service_daily_cost_80",
      subject: "deployment",
      level: "error",
      message: `Deployment spend passed 80 % of the ${formatUsd(capMicros)} daily cap (GLOBAL_DAILY_CAP_USD)`,
    });
  }
}

/** The deployment's day so far, for admins and tests. */
export async function globalSpendOf(ctx: QueryCtx, day: string) {
  const row = await globalRow(ctx, day);
  return { spentMicros: row?.spentMicros ?? 0, reservedMicros: row?.reservedMicros ?? 0, capMicros: globalCapMicros() };
}
