// What a limit refusal from the server sets off besides the notice the user
// sees: the server is told (its refusal rolled back, so it could not count
// it), analytics get a limit_hit, and hitting the per-minute quota raises the
// api_quota_exceeded alert (once per user per day).

import type { AppErrorData } from "@rules/errors";
import { debugLog } from "../debug/ai-debug.ts";
import type { AlertToForward } from "./forward-alert.ts";

type LimitKind = "rate_limited" | "daily_cost_cap";

export type LimitRefusalDeps = {
  userId: string;
  reportLimitHit(kind: LimitKind): void;
  track(event: string, props: Record<string, unknown>): void;
  forwardAlert(alert: AlertToForward): boolean;
};

const LIMIT_CODES = new Set<AppErrorData["code"]>(["rate_limited", "daily_cost_cap", "busy"]);

export function handleLimitRefusal(refusal: AppErrorData, deps: LimitRefusalDeps): void {
  if (!LIMIT_CODES.has(refusal.code)) return;
  debugLog("limit_refusal", { code: refusal.code, retryAfterMs: refusal.retryAfterMs, limit: refusal.limit });
  if (refusal.code !== "rate_limited" && refusal.code !== "daily_cost_cap") return;
  deps.reportLimitHit(refusal.code);
  deps.track("limit_hit", { kind: refusal.code });
  if (refusal.code === "rate_limited") {
    deps.forwardAlert({
      condition: "api_quota_exceeded",
      userId: deps.userId,
      level: "warning",
      tags: { limit: "requests_per_minute" },
    });
  }
}
