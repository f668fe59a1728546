import { internal } from "../_generated/api";
import { internalMutation } from "../_generated/server";
import { chargeOf } from "../../rules/pricing";
import { release } from "../guardrails/daily-spend";
import { settleHold } from "../guardrails/holds";
import { recordReplyMetric } from "../metrics/record";
import { estimateTokens } from "../providers/failover-call";
import { resilienceConfig } from "../providers/settings";
import { replyOfAttempt } from "./ending";

/** Convex ends an action after 10 minutes: a hold still held well after that belongs to a dead generation. */
export const STALE_AFTER_MS = 15 * 60_000;
const BATCH = 100;
const REASON = "This reply stopped responding and was ended. Your message is saved — retry in a moment.";

/**
 * Settles the holds of generations whose action died (crash, deploy,
 * timeout) so no hold is held forever: each is charged by what was stored —
 * the prompt's tokens counted at start and the reply text saved so far,
 * priced at the model that wrote it (else the chain's first) — marked
 * estimated, logged, and its reply marked failed. Runs from a cron.
 */
export const sweep = internalMutation({
  args: {},
  handler: async (ctx) => {
    const now = Date.now();
    const stale = await ctx.db
      .query("holds")
      .withIndex("by_state_held_at", (q) => q.eq("state", "held").lt("heldAt", now - STALE_AFTER_MS))
      .take(BATCH);
    const primary = resilienceConfig().failoverChain[0]!;
    for (const hold of stale) {
      const { own, seen } = await replyOfAttempt(ctx, hold);
      const target = own?.provider && own.model ? { provider: own.provider, model: own.model } : primary;
      const call = {
        ...target,
        usage: {
          promptTokens: hold.promptTokens,
          completionTokens: estimateTokens(own?.content ?? ""),
          estimated: true,
        },
      };
      const { costMicros, usage } = chargeOf([call]);
      await settleHold(ctx, hold._id, costMicros, "sweep", now);
      const attempts = [{ ...target, latencyMs: now - hold.heldAt, errorClass: "abandoned" }];
      await recordReplyMetric(
        ctx,
        seen,
        { ending: "failed", ...target, usage, costMicros, attempts },
        { day: hold.day, byok: hold.byok },
        now,
      );
      console.log(
        JSON.stringify({
          event: "stale_hold_settled",
          holdId: hold._id,
          messageId: hold.messageId,
          costMicros,
          estimated: true,
        }),
      );
      if (own?.status === "streaming") {
        await ctx.db.patch(own._id, {
          status: "failed",
          content: "",
          errorCode: "provider_unavailable",
          errorReason: REASON,
          usage,
          costMicros,
          attempts,
          timings: { ...own.timings!, finishedAt: now },
        });
      } else if (own) {
        await ctx.db.patch(own._id, { usage, costMicros });
      }
    }
    // A reply whose generation never started (its scheduled run lost) still holds its reservation: nothing was asked of a provider, so it is given back.
    const neverStarted = (
      await ctx.db
        .query("messages")
        .withIndex("by_status", (q) => q.eq("status", "pending"))
        .take(BATCH)
    ).filter((m) => m.reservation && (m.timings?.requestedAt ?? now) < now - STALE_AFTER_MS);
    for (const message of neverStarted) {
      await release(ctx, message.ownerId, message.reservation!);
      await ctx.db.patch(message._id, {
        status: "failed",
        reservation: undefined,
        errorCode: "provider_unavailable",
        errorReason: REASON,
        timings: { ...message.timings!, finishedAt: now },
      });
      console.log(JSON.stringify({ event: "stale_reservation_released", messageId: message._id }));
    }
    if (stale.length === BATCH) await ctx.scheduler.runAfter(0, internal.chat["stale-holds"].sweep, {});
    return stale.length + neverStarted.length;
  },
});
