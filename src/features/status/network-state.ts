// The words and attributes of the status bar, from raw signals. Pure, so the
// rules ("offline wins", what counts as a degraded provider) are tested
// without a browser.

import type { ConnectionState } from "convex/browser";

export type ConvexLink = "connected" | "connecting" | "reconnecting";

export function convexLinkOf(state: Pick<ConnectionState, "isWebSocketConnected" | "hasEverConnected">): ConvexLink {
  if (state.isWebSocketConnected) return "connected";
  return state.hasEverConnected ? "reconnecting" : "connecting";
}

export function connectionLabel(online: boolean, link: ConvexLink): string {
  if (!online) return "Offline";
  if (link === "connected") return "Connected";
  return link === "connecting" ? "Connecting…" : "Reconnecting…";
}

export type ProviderSummary = { provider: string; score: number; breakerState: string; configured: boolean };

/** "ok" at 80+, "degraded" from 50, "down" below 50 or with the breaker open. */
export function providerCondition({
  score,
  breakerState,
}: Pick<ProviderSummary, "score" | "breakerState">): "ok" | "degraded" | "down" {
  if (breakerState === "open" || score < 50) return "down";
  return score >= 80 && breakerState === "closed" ? "ok" : "degraded";
}

const BREAKER_WORDS: Record<string, string> = { closed: "", open: "breaker open", half_open: "breaker testing" };

export function providerTitle(summary: ProviderSummary): string {
  const breaker = BREAKER_WORDS[summary.breakerState] ?? summary.breakerState;
  return [`${summary.provider}: health ${summary.score}/100`, breaker, summary.configured ? "" : "not configured"]
    .filter(Boolean)
    .join(", ");
}
