import { describe, expect, it } from "vitest";
import {
  labelIndexes,
  linePath,
  maxOf,
  niceCeiling,
  scaleLinear,
  stackSegments,
  tickCount,
  ticks,
} from "./chart-scale";

describe("niceCeiling", () => {
  it.each([
    [0, 1],
    [-5, 1],
    [Number.NaN, 1],
    [Number.POSITIVE_INFINITY, 1],
    [0.3, 0.5],
    [1, 1],
    [1.2, 2],
    [2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [10, 10],
    [11, 20],
    [240, 250],
    [1_380, 2_000],
    [45_000, 50_000],
  ])("%s → %s", (value, expected) => {
    expect(niceCeiling(value)).toBeCloseTo(expected, 10);
  });
});

describe("ticks", () => {
  it("splits 0..max evenly, both ends included", () => {
    expect(ticks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(ticks(10, 2)).toEqual([0, 5, 10]);
  });
});

describe("tickCount", () => {
  it("picks steps that are nice numbers", () => {
    expect([1, 2, 5, 10, 20, 25, 50, 100, 5_000, 2.5, 0.5].map((max) => [max, tickCount(max, false)])).toEqual([
      [1, 4],
      [2, 4],
      [5, 5],
      [10, 4],
      [20, 4],
      [25, 5],
      [50, 5],
      [100, 4],
      [5_000, 5],
      [2.5, 5],
      [0.5, 5],
    ]);
  });

  it("uses whole-number steps for counts", () => {
    expect([1, 2, 5, 10, 20, 25, 50, 100].map((max) => [max, tickCount(max, true)])).toEqual([
      [1, 1],
      [2, 2],
      [5, 5],
      [10, 5],
      [20, 4],
      [25, 5],
      [50, 5],
      [100, 4],
    ]);
  });
});

describe("scaleLinear", () => {
  it("maps the domain onto the range and clamps outside it", () => {
    const y = scaleLinear(200, 100);
    expect([y(0), y(50), y(200), y(400), y(-3)]).toEqual([0, 25, 100, 100, 0]);
  });

  it("maps everything to 0 for an empty domain", () => {
    expect(scaleLinear(0, 100)(5)).toBe(0);
  });
});

describe("stackSegments", () => {
  it("stacks in key order and keeps empty segments", () => {
    expect(stackSegments({ done: 3, failed: 0, stopped: 2 }, ["done", "failed", "stopped"])).toEqual([
      { key: "done", from: 0, to: 3 },
      { key: "failed", from: 3, to: 3 },
      { key: "stopped", from: 3, to: 5 },
    ]);
  });
});

describe("linePath", () => {
  const x = (i: number) => i * 10;
  const y = (v: number) => 100 - v;

  it("moves, then draws lines", () => {
    expect(linePath([0, 50, 100], x, y)).toBe("M0 100 L10 50 L20 0");
  });

  it("lifts the pen over gaps instead of drawing to zero", () => {
    expect(linePath([null, 10, null, null, 20, 30], x, y)).toBe("M10 90 M40 80 L50 70");
    expect(linePath([null, null], x, y)).toBe("");
  });

  it("rounds coordinates to a tenth", () => {
    expect(
      linePath(
        [1 / 3],
        (i) => i + 1 / 3,
        (v) => v,
      ),
    ).toBe("M0.3 0.3");
  });
});

describe("labelIndexes", () => {
  it("spaces labels evenly and always labels the newest point", () => {
    expect(labelIndexes(60, 4)).toEqual([14, 29, 44, 59]);
    expect(labelIndexes(24, 6)).toEqual([3, 7, 11, 15, 19, 23]);
    expect(labelIndexes(3, 6)).toEqual([0, 1, 2]);
    expect(labelIndexes(0, 4)).toEqual([]);
  });
});

describe("maxOf", () => {
  it("ignores gaps", () => {
    expect(maxOf([null, 3, 9, null, 2])).toBe(9);
    expect(maxOf([null])).toBe(0);
  });
});
