// Alerts go to Sentry as messages named after their condition, tagged so a
// Sentry alert rule can route on `alert:<condition>`. Each condition is sent
// at most once per user per UTC day (alert-dedupe.ts); the de-dup record lives
// in localStorage so a reload does not re-send.

import { debugLog } from "../debug/ai-debug.ts";
import { shouldSendAlert, type AlertCondition, type StorageLike } from "./alert-dedupe.ts";
import { reportMessage, type AlertLevel } from "./report-error.ts";

export interface AlertToForward {
  condition: AlertCondition;
  userId: string;
  level: AlertLevel;
  /** Extra tags: identifiers only (a provider, a pattern kind), never text or keys. */
  tags?: Record<string, string>;
  now?: number;
  storage?: StorageLike;
}

/** Returns whether the alert was sent (false: already sent today). */
export function forwardAlert({
  condition,
  userId,
  level,
  tags = {},
  now = Date.now(),
  storage = alertStorage(),
}: AlertToForward): boolean {
  const send = shouldSendAlert(storage, { condition, userId, now });
  debugLog(send ? "alert_sent" : "alert_suppressed", { condition, level, ...tags });
  if (send) reportMessage(condition, { level, tags: { ...tags, alert: condition } });
  return send;
}

// Storage blocked (some privacy modes): de-dup for this page only.
const memory = new Map<string, string>();
const memoryStorage: StorageLike = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
};

function alertStorage(): StorageLike {
  try {
    return globalThis.localStorage ?? memoryStorage;
  } catch {
    return memoryStorage;
  }
}
