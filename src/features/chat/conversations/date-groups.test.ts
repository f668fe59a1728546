import { describe, expect, it } from "vitest";
import { dateGroupOf, groupByDate } from "./date-groups";

// Local-time constructors: the tests hold in any time zone.
const at = (day: number, hour = 12, minute = 0) => new Date(2026, 2, day, hour, minute).getTime();
const NOW = at(15, 9, 30);

describe("dateGroupOf", () => {
  it.each([
    [at(15, 0, 0), "Today"],
    [at(15, 9, 29), "Today"],
    [at(14, 23, 59), "Yesterday"],
    [at(14, 0, 0), "Yesterday"],
    [at(13, 23, 0), "Previous 7 days"],
    [at(8, 0, 0), "Previous 7 days"],
    [at(7, 23, 59), "Older"],
    [new Date(2025, 11, 31).getTime(), "Older"],
  ])("%i → %s", (when, expected) => {
    expect(dateGroupOf(when, NOW)).toBe(expected);
  });

  it("a time later than now (clock skew) is Today, not a crash", () => {
    expect(dateGroupOf(NOW + 60_000, NOW)).toBe("Today");
  });

  it("moves with the clock: yesterday's chat is Today's no more just after midnight", () => {
    expect(dateGroupOf(at(15, 23, 0), at(15, 23, 30))).toBe("Today");
    expect(dateGroupOf(at(15, 23, 0), at(16, 0, 1))).toBe("Yesterday");
  });
});

describe("groupByDate", () => {
  it("keeps order within groups and leaves empty groups out", () => {
    const items = [
      { id: "a", updatedAt: at(15, 9) },
      { id: "b", updatedAt: at(15, 8) },
      { id: "c", updatedAt: at(1) },
    ];
    expect(groupByDate(items, NOW).map(({ group, items: grouped }) => [group, grouped.map((item) => item.id)])).toEqual(
      [
        ["Today", ["a", "b"]],
        ["Older", ["c"]],
      ],
    );
  });
});
