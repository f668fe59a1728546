// Provider quotas reset on UTC days, so usage is bucketed by UTC date, never
// by the server's or the user's local date.

/** "YYYY-MM-DD" for the UTC day containing `now` (epoch ms). */
export function utcDay(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** Milliseconds from `now` until the next UTC midnight, e.g. for "quota resets in …". */
export function msUntilNextUtcDay(now: number): number {
  const dayMs = 86_400_000;
  return dayMs - (((now % dayMs) + dayMs) % dayMs);
}
