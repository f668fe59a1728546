import { describe, expect, it } from "vitest";
import { groupBlocks } from "./group-blocks";
import { createSegmenter } from "./segmenter";
import { splitBlocks } from "./split-blocks";

const reply = [
  "# Plan",
  "Some **bold** prose that runs on for a while.\r\nWith a CRLF line.",
  "```ts\nconst a = 1;\n\n\nconst b = 2;\n```",
  "- one\n\n- two\n\n  more of two",
  "    indented code",
  "| a | b |\n| --- | --- |\n| 1 | 2 |",
  "> quote\n\n\n\nLast paragraph.",
].join("\n\n");

/** Each segment is whole blocks: re-split, they give exactly the text's blocks. */
const blocksOf = (segments: string[]) => segments.flatMap((segment) => splitBlocks(segment));

describe("createSegmenter", () => {
  it("covers exactly the reply's blocks, in order, at every length while it grows", () => {
    for (const [target, step] of [
      [20, 1],
      [80, 3],
      [8_000, 1],
    ] as const) {
      const segmenter = createSegmenter(target);
      for (let length = 0; length <= reply.length; length += step) {
        const text = reply.slice(0, length);
        expect(blocksOf(segmenter.segments(text)), `length ${length}, target ${target}`).toEqual(splitBlocks(text));
      }
    }
  });

  it("renders a finished reply in as few segments as joining blocks to the target size gives", () => {
    const long = Array.from({ length: 40 }, () => reply).join("\n\n");
    expect(createSegmenter(500).segments(long)).toEqual(groupBlocks(splitBlocks(long), 500));
  });

  it("keeps the segment a block had as the tail when it finishes, and the closed segments' strings", () => {
    const segmenter = createSegmenter(200);
    const before = segmenter.segments(reply.slice(0, 150));
    const after = segmenter.segments(`${reply.slice(0, 150)}\n\nNext block`);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toBe("Next block");
    const grown = segmenter.segments(reply);
    expect(grown.length).toBeGreaterThan(1);
    expect(segmenter.segments(`${reply} and more`)[0]).toBe(grown[0]);
  });

  it("starts over when the finished part changes at its start or its end (a failover's new text, a rewrite)", () => {
    const long = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} ${"text ".repeat(60)}`).join("\n\n");
    for (const at of [5, 900, long.length - 400]) {
      const segmenter = createSegmenter(500);
      segmenter.segments(long);
      const edited = `${long.slice(0, at)}X${long.slice(at + 1)} more`;
      expect(blocksOf(segmenter.segments(edited)), `edit at ${at}`).toEqual(splitBlocks(edited));
    }
  });

  it("starts over when the text is replaced rather than extended", () => {
    const segmenter = createSegmenter(20);
    segmenter.segments(reply);
    expect(segmenter.segments("Another reply.\n\nTwo blocks.")).toEqual(["Another reply.", "Two blocks."]);
    expect(segmenter.segments("")).toEqual([]);
  });
});
