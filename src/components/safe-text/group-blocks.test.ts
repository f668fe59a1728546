import { expect, it } from "vitest";
import { groupBlocks } from "./group-blocks";

it.each([
  [[], []],
  [["only"], ["only"]],
  [
    ["a", "b", "tail"],
    ["a\n\nb", "tail"],
  ],
])("groups %j as %j", (blocks, segments) => {
  expect(groupBlocks(blocks, 100)).toEqual(segments);
});

it("closes a segment once it reaches the target and keeps the tail alone", () => {
  const blocks = ["x".repeat(60), "y".repeat(60), "z".repeat(10), "tail"];
  expect(groupBlocks(blocks, 100)).toEqual([`${"x".repeat(60)}\n\n${"y".repeat(60)}`, "z".repeat(10), "tail"]);
});

it("keeps earlier segments unchanged as the tail grows", () => {
  const finished = Array.from({ length: 30 }, (_, i) => `paragraph ${i} `.repeat(20));
  const before = groupBlocks([...finished, "tail"], 1_000);
  const after = groupBlocks([...finished, "tail that grew"], 1_000);
  expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
  expect(before.length).toBeGreaterThan(3);
});
