import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";
import { settle } from "./daily-spend";

// A hold per generation attempt. `start` turns the reply's reservation (taken
// by the send, in its transaction) into a `holds` row whose id is the attempt
// id; from then on only that attempt can end it, and only once.

/** Opens this attempt's hold from the reply's reservation; returns the attempt id. */
export async function openHold(
  ctx: MutationCtx,
  message: Doc<"messages">,
  promptTokens: number,
  now: number,
): Promise<Id<"holds">> {
  const reservation = message.reservation;
  return ctx.db.insert("holds", {
    userId: message.ownerId,
    messageId: message._id,
    day: reservation?.day ?? utcDayKey(now),
    micros: reservation?.micros ?? 0,
    ...(reservation?.global ? { global: true } : {}),
    ...(message.byok ? { byok: true } : {}),
    promptTokens,
    heldAt: now,
    state: "held",
  });
}

/**
 * held → settled, exactly once: charges what the attempt really cost to the
 * day the hold was taken (the user's and the deployment's). Returns the hold
 * when this call settled it, null when it was already settled (or unknown),
 * so a second ending — a late completion, a sweep racing the generation —
 * changes nothing. A user's own key holds and charges nothing of ours.
 */
export async function settleHold(
  ctx: MutationCtx,
  attemptId: Id<"holds">,
  costMicros: number,
  by: "generation" | "sweep",
  now: number,
) {
  const hold = await ctx.db.get(attemptId);
  if (!hold || hold.state !== "held") return null;
  await ctx.db.patch(hold._id, { state: "settled", costMicros, settledBy: by, settledAt: now });
  if (!hold.byok)
    await settle(ctx, hold.userId, { day: hold.day, micros: hold.micros, global: hold.global }, costMicros);
  return hold;
}
