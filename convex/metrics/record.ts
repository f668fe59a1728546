import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";
import { replyMetricOf, type FinishedReply } from "./reply-metric";
import { bumpRollups } from "./rollup-store";

export type ReplyReport = Omit<FinishedReply, "message">;

/**
 * Records one finished reply: its metric row, its roll-ups and its owner's
 * spend of the day, in the caller's transaction (the one that ends the
 * reply), so the counters can never disagree with the messages.
 * Call with the message as read before the ending was written.
 */
export async function recordReplyMetric(ctx: MutationCtx, message: Doc<"messages">, reply: ReplyReport, now = Date.now()) {
  const metric = replyMetricOf({ ...reply, message }, now);
  if (!metric) return;
  await ctx.db.insert("replyMetrics", { ...metric, messageId: message._id, userId: message.ownerId });
  await bumpRollups(ctx, metric);
  if (metric.costMicros > 0) await addUserSpend(ctx, message.ownerId, utcDayKey(now), metric.costMicros);
  // Structured log for log streams: ids, numbers and classes only, never text or keys.
  const { outcome, provider, model, keyId, queueWaitMs, firstTokenMs, totalMs, promptTokens, completionTokens, costMicros, errorClass, fromProvider } = metric;
  console.log(JSON.stringify({ event: "reply_finished", messageId: message._id, outcome, provider, model, keyId, queueWaitMs, firstTokenMs, totalMs, promptTokens, completionTokens, costMicros, errorClass, fromProvider }));
}

async function addUserSpend(ctx: MutationCtx, userId: Id<"users">, day: string, costMicros: number) {
  const row = await ctx.db.query("spendByUserDay").withIndex("by_user_day", (q) => q.eq("userId", userId).eq("day", day)).unique();
  if (row) await ctx.db.patch(row._id, { costMicros: row.costMicros + costMicros });
  else await ctx.db.insert("spendByUserDay", { userId, day, costMicros });
}
