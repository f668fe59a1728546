// Alerts fire at most once per condition, per user, per UTC day, so a
// condition that stays true (a quota that stays exceeded) doesn't page anyone
// on every request. One storage entry per condition+user holds the last UTC
// day it was sent; entries are overwritten, never accumulated.

export const ALERT_CONDITIONS = [
  "api_quota_exceeded",
  "daily_cost_80",
  "circuit_breaker_opened",
  "health_below_50",
  "exposed_key_detected",
] as const;
export type AlertCondition = (typeof ALERT_CONDITIONS)[number];

export type StorageLike = Pick<Storage, "getItem" | "setItem">;

export interface AlertOccurrence {
  condition: AlertCondition;
  userId: string;
  /** Epoch milliseconds. */
  now: number;
}

/**
 * True the first time a condition occurs for a user on a UTC day, and records
 * that it was sent; false for repeats the same day.
 */
export function shouldSendAlert(store: StorageLike, { condition, userId, now }: AlertOccurrence): boolean {
  // encodeURIComponent keeps a userId containing ":" from aliasing another key.
  const key = `guarded-chat:alert:${condition}:${encodeURIComponent(userId)}`;
  const today = new Date(now).toISOString().slice(0, 10);
  if (store.getItem(key) === today) return false;
  try {
    store.setItem(key, today);
  } catch {
    // Storage full or blocked: send anyway. A duplicate alert is a nuisance;
    // a suppressed one (say, an exposed key) is an incident.
  }
  return true;
}
