import { describe, expect, it } from "vitest";
import { sidebarSections } from "./sidebar-sections";

const at = (day: number) => new Date(2026, 2, day, 12).getTime();
const NOW = at(15);
const item = (id: string, day: number, flags: { pinned?: boolean; archived?: boolean } = {}) => ({
  id,
  updatedAt: at(day),
  pinned: false,
  archived: false,
  ...flags,
});

describe("sidebarSections", () => {
  it("puts pinned conversations first whatever their date, keeps the date groups for the rest, leaves archived out", () => {
    const sections = sidebarSections(
      [item("old-pin", 1, { pinned: true }), item("today", 15), item("gone", 15, { archived: true }), item("older", 2)],
      NOW,
    );
    expect(sections.map(({ group, items }) => [group, items.map((i) => i.id)])).toEqual([
      ["Pinned", ["old-pin"]],
      ["Today", ["today"]],
      ["Older", ["older"]],
    ]);
  });

  it("has no Pinned section when nothing is pinned", () => {
    expect(sidebarSections([item("a", 15)], NOW).map((s) => s.group)).toEqual(["Today"]);
  });
});
