// When the five-minute check raises an alert. Pure: the caller passes the
// last hour's counters and each provider's health; recordAlert de-duplicates
// per kind, subject and UTC day, so re-finding the same condition is harmless.
import type { AlertKind } from "./record";
import { cacheHitRate, errorRate, type HourCounters } from "../metrics/rates";

export const HEALTH_ALERT_BELOW = 50;
export const ERROR_RATE_ALERT_ABOVE = 0.05;
export const CACHE_HIT_RATE_ALERT_BELOW = 0.2;
/** Fewer replies than this say nothing about the cache. */
export const CACHE_ALERT_MIN_REPLIES = 20;

export type Finding = { kind: AlertKind; subject: string; level: "warning" | "error"; message: string };

export function findAlerts(input: {
  lastHour: HourCounters;
  health: readonly { provider: string; score: number }[];
}): Finding[] {
  const findings: Finding[] = [];
  for (const { provider, score } of input.health) {
    if (score < HEALTH_ALERT_BELOW)
      findings.push({
        kind: "health_below_50",
        subject: provider,
        level: "error",
        message: `${provider} health is ${score}/100`,
      });
  }
  const errors = errorRate(input.lastHour);
  if (errors !== null && errors > ERROR_RATE_ALERT_ABOVE) {
    findings.push({
      kind: "error_rate_above_5",
      subject: "all",
      level: "error",
      message: `${percent(errors)} of replies failed in the last hour`,
    });
  }
  const hits = cacheHitRate(input.lastHour);
  if (input.lastHour.count >= CACHE_ALERT_MIN_REPLIES && hits !== null && hits < CACHE_HIT_RATE_ALERT_BELOW) {
    findings.push({
      kind: "cache_hit_rate_below_20",
      subject: "all",
      level: "warning",
      message: `Cache hit rate was ${percent(hits)} over ${input.lastHour.count} replies in the last hour`,
    });
  }
  return findings;
}

function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)} %`;
}
