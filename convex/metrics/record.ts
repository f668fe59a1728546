import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";
import { replyMetricOf, type FinishedReply } from "./reply-metric";
import { bumpRollups } from "./rollup-store";

export type ReplyReport = Omit<FinishedReply, "message">;
type SeenMessage = Pick<Doc<"messages">, "_id" | "ownerId" | "status" | "timings"> &
  Partial<Pick<Doc<"messages">, "cached" | "provider" | "model">>;
/** `day`: the UTC day the reply's hold was taken (its cost lands there, as in the budget); `byok`: the user's own key paid. */
export type ReplyBilling = { day?: string; byok?: boolean };

/** What the `reply_finished` log line carries: ids, numbers and classes only, never text or keys. */
const LOGGED_FIELDS = [
  "outcome",
  "provider",
  "model",
  "keyId",
  "queueWaitMs",
  "firstTokenMs",
  "totalMs",
  "promptTokens",
  "completionTokens",
  "costMicros",
  "errorClass",
  "fromProvider",
] as const;

/**
 * Records one finished reply: its metric row, its roll-ups and its owner's
 * spend of the day, in the caller's transaction (the one that settles the
 * reply's hold), so the counters can never disagree with the budget.
 * Call with the message as read before the ending was written.
 * A user's own key is labelled `byok` (provider `byok:<name>` in roll-ups,
 * so it never mixes with the deployment's providers) and is not our spend.
 */
export async function recordReplyMetric(
  ctx: MutationCtx,
  message: SeenMessage,
  reply: ReplyReport,
  billing: ReplyBilling = {},
  now = Date.now(),
) {
  const computed = replyMetricOf({ ...reply, message }, now);
  if (!computed) return;
  const metric = billing.byok ? { ...computed, provider: `byok:${computed.provider}` } : computed;
  await ctx.db.insert("replyMetrics", {
    ...metric,
    messageId: message._id,
    userId: message.ownerId,
    ...(billing.byok ? { byok: true } : {}),
  });
  await bumpRollups(ctx, metric);
  if (metric.costMicros > 0 && !billing.byok)
    await addUserSpend(ctx, message.ownerId, billing.day ?? utcDayKey(now), metric.costMicros);
  // Structured log for log streams (LOGGED_FIELDS, in that order).
  const logged = Object.fromEntries(LOGGED_FIELDS.map((field) => [field, metric[field]]));
  console.log(JSON.stringify({ event: "reply_finished", messageId: message._id, ...logged }));
}

async function addUserSpend(ctx: MutationCtx, userId: Id<"users">, day: string, costMicros: number) {
  const row = await ctx.db
    .query("spendByUserDay")
    .withIndex("by_user_day", (q) => q.eq("userId", userId).eq("day", day))
    .unique();
  if (row) await ctx.db.patch(row._id, { costMicros: row.costMicros + costMicros });
  else await ctx.db.insert("spendByUserDay", { userId, day, costMicros });
}
