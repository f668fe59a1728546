// Figures the dashboard derives from the overview it already has, rather
// than asking the server again. Pure.
import { utcDayKey } from "@rules/daily-budget";

type ModelDay = { day: string; model: string; costMicros: number; promptTokens: number; completionTokens: number };

/** What every model cost today (UTC day of `now`): the per-model rows already hold it. */
export function spendToday(rows: readonly ModelDay[], now: number): number {
  const today = utcDayKey(now);
  return rows.reduce((sum, r) => (r.day === today ? sum + r.costMicros : sum), 0);
}

export type DayByModel = { days: string[]; models: string[]; values: Record<string, number>[] };

/**
 * Per-model-per-day rows as one bar per day (oldest first, the last seven
 * UTC days up to `now`, empty days included) with one value per model.
 */
export function pivotByDay(
  rows: readonly ModelDay[],
  now: number,
  pick: (row: ModelDay) => number,
  dayCount = 7,
): DayByModel {
  const days = Array.from({ length: dayCount }, (_, i) => utcDayKey(now - (dayCount - 1 - i) * 86_400_000));
  // Biggest model first, so the stack's bottom (and the legend's top) is the one that matters.
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.model, (totals.get(r.model) ?? 0) + pick(r));
  const models = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([model]) => model);
  const values = days.map((day) => {
    const value: Record<string, number> = Object.fromEntries(models.map((m) => [m, 0]));
    for (const r of rows) if (r.day === day) value[r.model] = (value[r.model] ?? 0) + pick(r);
    return value;
  });
  return { days, models, values };
}

/**
 * When each provider's newest circuit_breaker_opened alert was raised, from
 * the alert feed. Alerts are de-duplicated per provider and UTC day, so this
 * is the first opening of that day, not necessarily the latest; absent when
 * none is in the feed.
 */
export function lastBreakerOpenings(
  alerts: readonly { kind: string; subject: string; at: number }[],
): Map<string, number> {
  const openings = new Map<string, number>();
  for (const a of alerts) {
    if (a.kind === "circuit_breaker_opened" && (openings.get(a.subject) ?? 0) < a.at) openings.set(a.subject, a.at);
  }
  return openings;
}
