import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { decideAdmission, RATE_LIMIT_PERIOD_MS, windowClearsAt } from "../../rules/rate-window";
import { entitlementsFor } from "../../rules/entitlements";
import { appError } from "../lib/errors";

// The exact rolling limit: a sliding log of admission times per user in
// `chatAdmissions`. Reading the user's window and inserting the new row happen
// in the caller's transaction, so Convex's serialisable transactions make
// check-and-consume atomic across concurrent sends and server instances.
// The log is per user, not per tier: changing plan keeps what was already sent.

// Rows older than the window are deleted as new ones come in; a bound per
// call keeps one transaction small even after a long quiet spell.
const PRUNED_PER_CALL = 50;

async function admissionTimes(ctx: QueryCtx, userId: Id<"users">, now: number) {
  const rows = await ctx.db
    .query("chatAdmissions")
    .withIndex("by_user_at", (q) => q.eq("userId", userId).gt("at", now - RATE_LIMIT_PERIOD_MS))
    .collect();
  return rows.map((row) => row.at);
}

/** Throws `rate_limited` with the exact wait when the user's rolling minute is full; consumes nothing. */
export async function assertChatSlotFree(ctx: QueryCtx, user: Doc<"users">, now = Date.now()) {
  const limit = entitlementsFor(user.tier).requestsPerMinute;
  const decision = decideAdmission(await admissionTimes(ctx, user._id, now), now, limit);
  if (!decision.ok)
    throw appError("rate_limited", { retryAfterMs: decision.retryAfterMs, resetsAt: decision.retryAt, limit });
}

/** Admits one request into the user's rolling minute, or throws `rate_limited` with the exact wait. */
export async function consumeChatRequest(ctx: MutationCtx, user: Doc<"users">, now = Date.now()) {
  await assertChatSlotFree(ctx, user, now);
  await ctx.db.insert("chatAdmissions", { userId: user._id, at: now });
  const stale = await ctx.db
    .query("chatAdmissions")
    .withIndex("by_user_at", (q) => q.eq("userId", user._id).lte("at", now - RATE_LIMIT_PERIOD_MS))
    .take(PRUNED_PER_CALL);
  for (const row of stale) await ctx.db.delete(row._id);
}

/** Requests in the user's rolling minute, for the usage meter: the same log and arithmetic as admission. */
export async function chatRequestsUsed(ctx: QueryCtx, user: Doc<"users">, now = Date.now()) {
  const limit = entitlementsFor(user.tier).requestsPerMinute;
  const times = await admissionTimes(ctx, user._id, now);
  // resetsAt: when the meter is back at 0 (the newest admission ages out).
  return { used: times.length, limit, resetsAt: windowClearsAt(times, now) };
}
