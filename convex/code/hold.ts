// Every call code runs make into the daily budget, in one place, so the
// budget's owner can adapt them (holds are becoming per attempt): a run is one
// attempt, holding its worst case before it starts and settled exactly once.
import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { runHoldMicros } from "../../rules/code-execution";
import { release, reserve, settle, type Reservation } from "../guardrails/daily-spend";

export function holdRunCost(
  ctx: MutationCtx,
  user: Doc<"users">,
  timeoutMs: number,
  now = Date.now(),
): Promise<Reservation> {
  return reserve(ctx, user, runHoldMicros(timeoutMs), now);
}

/** Spends what the run's sandbox time cost (0 releases the whole hold). */
export async function settleRunCost(
  ctx: MutationCtx,
  userId: Id<"users">,
  reservation: Reservation,
  costMicros: number,
) {
  if (costMicros > 0) await settle(ctx, userId, reservation, costMicros);
  else await release(ctx, userId, reservation);
}
