// How old is too old. Pure, with the clock passed in.
import { MS_PER_DAY } from "../../rules/daily-budget";

export const DEFAULT_RETENTION_DAYS = 30;
export const METRICS_RETENTION_DAYS = 90;

/** RETENTION_DAYS as a whole number of days ≥ 1; anything else falls back to the default (and says so in the log). */
export function retentionDays(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(raw.trim());
  if (Number.isSafeInteger(days) && days >= 1) return days;
  console.warn(
    JSON.stringify({ event: "retention_days_invalid", raw: raw.slice(0, 20), using: DEFAULT_RETENTION_DAYS }),
  );
  return DEFAULT_RETENTION_DAYS;
}

/** Anything last touched strictly before this instant is older than `days` days and goes. */
export function cutoffFor(now: number, days: number): number {
  return now - days * MS_PER_DAY;
}

export function isExpired(lastTouchedAt: number, cutoff: number): boolean {
  return lastTouchedAt < cutoff;
}
