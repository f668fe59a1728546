import type { AppErrorData, ErrorCode } from "@rules/errors";

// Refusals that lift by themselves after a known wait: sending again earlier
// is certain to fail, so the composer holds the send button until then.
const WAIT_CODES: ReadonlySet<ErrorCode> = new Set(["rate_limited", "daily_cost_cap", "busy"]);

/** How long sending stays blocked after `data`, or null when this error does not block. */
export function blockingWaitMs(data: AppErrorData, now: number): number | null {
  if (!WAIT_CODES.has(data.code)) return null;
  // retryAfterMs first: it is immune to a skewed client clock.
  const waitMs = data.retryAfterMs ?? (data.resetsAt !== undefined ? data.resetsAt - now : undefined);
  return waitMs !== undefined && waitMs > 0 ? waitMs : null;
}
