// Conversations grouped by when they were last active, as ChatGPT and Claude
// list them. Days are the user's local days; `now` is injected for tests.

const DATE_GROUPS = ["Today", "Yesterday", "Previous 7 days", "Older"] as const;
export type DateGroup = (typeof DATE_GROUPS)[number];

const DAY_MS = 86_400_000;

function startOfLocalDay(epochMs: number): number {
  const day = new Date(epochMs);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** Which group a conversation last active at `at` falls in, seen at `now`. */
export function dateGroupOf(at: number, now: number): DateGroup {
  const today = startOfLocalDay(now);
  if (at >= today) return "Today";
  // Calendar days, not 24 h steps: a DST change makes a day 23 or 25 hours long.
  const dayStart = startOfLocalDay(at);
  const daysAgo = Math.round((today - dayStart) / DAY_MS);
  if (daysAgo <= 1) return "Yesterday";
  if (daysAgo <= 7) return "Previous 7 days";
  return "Older";
}

/** Items (newest first) split into the non-empty groups, in group order, each keeping its items' order. */
export function groupByDate<T extends { updatedAt: number }>(
  items: readonly T[],
  now: number,
): { group: DateGroup; items: T[] }[] {
  const buckets = new Map<DateGroup, T[]>(DATE_GROUPS.map((group) => [group, []]));
  for (const item of items) buckets.get(dateGroupOf(item.updatedAt, now))!.push(item);
  return DATE_GROUPS.filter((group) => buckets.get(group)!.length > 0).map((group) => ({
    group,
    items: buckets.get(group)!,
  }));
}
