import { v } from "convex/values";
import { internalMutation } from "../_generated/server";
import { claimTurnFor, leaveQueue } from "../providers/queue";

/**
 * A council's turn in the provider queue, as any reply takes one
 * (`chat/reply-state.begin`): the send queued it when the primary provider's
 * budget was spent or others were waiting. `gone` when the reply was stopped
 * or deleted meanwhile (it leaves the queue); `wait` until the next budget
 * window; `go` with what the send held for the whole council, the ceiling its
 * calls may spend together.
 */
export const claim = internalMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const message = await ctx.db.get(messageId);
    if (message?.status !== "pending") {
      await leaveQueue(ctx, messageId);
      return { kind: "gone" as const };
    }
    const turn = await claimTurnFor(ctx, messageId);
    if (!turn.go) return { kind: "wait" as const, retryAt: turn.retryAt };
    return { kind: "go" as const, heldMicros: message.reservation?.micros ?? 0 };
  },
});
