import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { dailyCostCapFor } from "../../rules/entitlements";
import {
  canReserve,
  crossedAlertThreshold,
  nextUtcMidnight,
  reservationMicros,
  settleReservation,
  utcDayKey,
} from "../../rules/daily-budget";
import { formatUsd } from "../../rules/money";
import { appError } from "../lib/errors";
import { recordAlert } from "../alerts/record";
import { holdGlobally, settleGlobally } from "./global-spend";

/** A hold on a user's day; `global` when the deployment-wide row counts it too. */
export type Reservation = { day: string; micros: number; global?: boolean };

async function spendRow(ctx: QueryCtx, userId: Id<"users">, day: string) {
  return ctx.db
    .query("dailySpend")
    .withIndex("by_user_day", (q) => q.eq("userId", userId).eq("day", day))
    .unique();
}

export async function todaysSpend(ctx: QueryCtx, user: Doc<"users">, now = Date.now()) {
  const row = await spendRow(ctx, user._id, utcDayKey(now));
  return {
    spentMicros: row?.spentMicros ?? 0,
    reservedMicros: row?.reservedMicros ?? 0,
    capMicros: dailyCostCapFor(user.tier, user.dailyCapOverrideMicros),
    resetsAt: nextUtcMidnight(now),
  };
}

/**
 * Holds a reply's worst-case cost against the user's day, in the same
 * transaction that stores the message, so concurrent sends can never hold
 * more than the cap between them. Throws `daily_cost_cap` when it cannot,
 * `service_daily_cap` when the deployment's own ceiling cannot take it.
 */
export async function reserve(
  ctx: MutationCtx,
  user: Doc<"users">,
  worstCaseMicros: number,
  now = Date.now(),
): Promise<Reservation> {
  const day = utcDayKey(now);
  const capMicros = dailyCostCapFor(user.tier, user.dailyCapOverrideMicros);
  const row = await spendRow(ctx, user._id, day);
  const state = { capMicros, spentMicros: row?.spentMicros ?? 0, reservedMicros: row?.reservedMicros ?? 0 };
  if (!canReserve({ ...state, requestMicros: worstCaseMicros })) {
    // requested/spent let the refusal say what blocks: the next message's worst case against what is left.
    throw appError("daily_cost_cap", {
      resetsAt: nextUtcMidnight(now),
      retryAfterMs: nextUtcMidnight(now) - now,
      limit: capMicros,
      requested: reservationMicros(worstCaseMicros),
      spent: state.spentMicros + state.reservedMicros,
    });
  }
  const micros = reservationMicros(worstCaseMicros);
  const global = await holdGlobally(ctx, day, micros, now);
  if (row) await ctx.db.patch(row._id, { reservedMicros: row.reservedMicros + micros });
  else await ctx.db.insert("dailySpend", { userId: user._id, day, spentMicros: 0, reservedMicros: micros });
  return global ? { day, micros, global } : { day, micros };
}

/** Replaces the hold with the real cost; records the 80 % alert once per day. */
export async function settle(ctx: MutationCtx, userId: Id<"users">, reservation: Reservation, actualMicros: number) {
  if (reservation.global) await settleGlobally(ctx, reservation.day, reservation.micros, actualMicros);
  const row = await spendRow(ctx, userId, reservation.day);
  if (!row) return;
  const { releaseMicros, spendMicros, overrunMicros } = settleReservation({
    reservedMicros: reservation.micros,
    actualMicros,
  });
  const spentMicros = row.spentMicros + spendMicros;
  await ctx.db.patch(row._id, { spentMicros, reservedMicros: Math.max(0, row.reservedMicros - releaseMicros) });
  if (overrunMicros > 0) console.log(JSON.stringify({ event: "reservation_overrun", userId, overrunMicros }));
  const user = await ctx.db.get(userId);
  if (!user) return;
  const capMicros = dailyCostCapFor(user.tier, user.dailyCapOverrideMicros);
  if (crossedAlertThreshold({ before: row.spentMicros, after: spentMicros, capMicros })) {
    await recordAlert(ctx, {
      kind: "daily_cost_80",
      subject: userId,
      userId,
      level: "warning",
      message: `Spend passed 80 % of the ${formatUsd(capMicros)} daily cap`,
    });
  }
}

/** Gives back a hold no provider call was made for (stopped or deleted before the generation started). */
export async function release(ctx: MutationCtx, userId: Id<"users">, reservation: Reservation) {
  if (reservation.global) await settleGlobally(ctx, reservation.day, reservation.micros, 0);
  const row = await spendRow(ctx, userId, reservation.day);
  if (row) await ctx.db.patch(row._id, { reservedMicros: Math.max(0, row.reservedMicros - reservation.micros) });
}
