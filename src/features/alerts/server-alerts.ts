// Which alerts the server's view of the world raises for this user: their
// own daily-cost alert and the global provider alerts (alerts.client.today),
// plus any provider whose live health score is below 50 (providers.health.get).
// Forwarding and de-dup happen in lib/monitoring/forward-alert.ts.

import type { FunctionReturnType } from "convex/server";
import type { api } from "../../../convex/_generated/api";
import { ALERT_CONDITIONS, type AlertCondition } from "@/lib/monitoring/alert-dedupe";
import type { AlertToForward } from "@/lib/monitoring/forward-alert";
import type { AlertLevel } from "@/lib/monitoring/report-error";

export type ServerAlert = Pick<
  FunctionReturnType<typeof api.alerts.client.today>[number],
  "kind" | "level" | "subject"
>;
export type ProviderHealth = Pick<
  FunctionReturnType<typeof api.providers.health.get>[number],
  "provider" | "score" | "breakerState"
>;

const HEALTH_ALERT_BELOW = 50;

const isCondition = (kind: string): kind is AlertCondition => (ALERT_CONDITIONS as readonly string[]).includes(kind);
const isLevel = (level: string): level is AlertLevel => level === "info" || level === "warning" || level === "error";

export function alertsFromServer(alerts: readonly ServerAlert[], userId: string): AlertToForward[] {
  return alerts.flatMap(({ kind, level, subject }): AlertToForward[] => {
    if (!isCondition(kind)) return [];
    // "you" is the user's own daily-cost alert; global alerts name the provider.
    const tags: Record<string, string> = subject === "you" ? {} : { provider: subject };
    return [{ condition: kind, userId, level: isLevel(level) ? level : "warning", tags }];
  });
}

export function alertsFromHealth(health: readonly ProviderHealth[], userId: string): AlertToForward[] {
  return health
    .filter(({ score }) => score < HEALTH_ALERT_BELOW)
    .map(({ provider, breakerState }) => ({
      condition: "health_below_50" as const,
      userId,
      level: "error" as const,
      tags: { provider, breaker: breakerState },
    }));
}
