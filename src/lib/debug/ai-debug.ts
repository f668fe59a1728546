// `localStorage.setItem("AI_DEBUG", "true")` makes the app explain its
// guardrail decisions in the console (console.debug, so "Verbose" level).
// Details go through scrubDeep: secrets are redacted and any field named like
// chat text (prompt, reply, content, text…) is dropped, so turning this on in
// front of a customer never prints their keys or their conversation.

import { scrubDeep } from "../monitoring/scrub-deep.ts";

export const AI_DEBUG_STORAGE_KEY = "AI_DEBUG";

export type AiDebugEvent =
  | "cache_hit"
  | "cache_miss"
  | "cache_bypass"
  | "cache_store"
  | "cache_unverified"
  | "limit_refusal"
  | "byok_limit"
  | "byok_spend"
  | "alert_sent"
  | "alert_suppressed"
  | "key_pattern_detected"
  | "analytics_dropped";

/** Read on every call (cheap), so the flag takes effect without a reload. */
function aiDebugEnabled(): boolean {
  try {
    return globalThis.localStorage?.getItem(AI_DEBUG_STORAGE_KEY) === "true";
  } catch {
    return false; // storage blocked
  }
}

export function debugLog(event: AiDebugEvent, details: Record<string, unknown> = {}): void {
  if (!aiDebugEnabled()) return;
  console.debug(`[AI_DEBUG] ${event}`, scrubDeep(details));
}
