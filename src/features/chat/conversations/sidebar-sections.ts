// The sidebar's sections: pinned conversations on top (in the server's order),
// then the others in their date groups (date-groups.ts). Archived ones never
// reach the main list (the server leaves them out; this drops any stragglers).
import { type DateGroup, groupByDate } from "./date-groups";

type SidebarSection<T> = { group: "Pinned" | DateGroup; items: T[] };

export function sidebarSections<T extends { updatedAt: number; pinned: boolean; archived: boolean }>(
  items: readonly T[],
  now: number,
): SidebarSection<T>[] {
  const shown = items.filter((item) => !item.archived);
  const pinned = shown.filter((item) => item.pinned);
  const dated = groupByDate(
    shown.filter((item) => !item.pinned),
    now,
  );
  return pinned.length ? [{ group: "Pinned", items: pinned }, ...dated] : dated;
}
