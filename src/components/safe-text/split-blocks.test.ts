import { describe, expect, it } from "vitest";
import { splitBlocks } from "./split-blocks";

describe("splitBlocks", () => {
  it.each<[string, string, string[]]>([
    ["empty input", "", []],
    ["paragraphs", "one\n\ntwo\n\n\nthree", ["one", "two", "three"]],
    ["leading and trailing blank lines", "\n\n# Title\n\n", ["# Title"]],
    ["CRLF line ends", "one\r\n\r\ntwo", ["one", "two"]],
    ["a heading and its paragraph without a blank line", "# H\ntext", ["# H\ntext"]],
    [
      "a fence with blank lines inside",
      "intro\n\n```js\na();\n\n\nb();\n```\n\nafter",
      ["intro", "```js\na();\n\n\nb();\n```", "after"],
    ],
    ["a tilde fence", "~~~\nx\n\ny\n~~~\n\nz", ["~~~\nx\n\ny\n~~~", "z"]],
    [
      "a shorter fence inside a longer one",
      "````md\n```\n\ninner\n```\n\n````\n\nend",
      ["````md\n```\n\ninner\n```\n\n````", "end"],
    ],
    ["a tilde line inside a backtick fence", "```\n~~~\n\nx\n```", ["```\n~~~\n\nx\n```"]],
    ["inline code that looks like a fence", "```not a fence```\n\nnext", ["```not a fence```", "next"]],
    ["a loose bullet list", "- a\n\n- b\n\n- c\n\nafter", ["- a\n\n- b\n\n- c", "after"]],
    ["a loose ordered list", "1. a\n\n2. b\n\n10) c", ["1. a\n\n2. b\n\n10) c"]],
    ["a list item with an indented paragraph", "- a\n\n    more about a\n\n- b", ["- a\n\n    more about a\n\n- b"]],
    [
      "a fence inside a list item",
      "1. run:\n\n   ```sh\n   npm test\n\n   ```\n\nDone.",
      ["1. run:\n\n   ```sh\n   npm test\n\n   ```", "Done."],
    ],
    ["a list followed by a paragraph", "- a\n- b\n\nText", ["- a\n- b", "Text"]],
    ["a paragraph followed by a list", "Text\n\n- a", ["Text", "- a"]],
    ["blockquotes separated by a blank line", "> a\n>\n> b\n\n> c", ["> a\n>\n> b", "> c"]],
    ["a table", "| a | b |\n|---|---|\n| 1 | 2 |\n\nnext", ["| a | b |\n|---|---|\n| 1 | 2 |", "next"]],
  ])("%s", (_name, markdown, blocks) => {
    expect(splitBlocks(markdown)).toEqual(blocks);
  });

  describe("while streaming", () => {
    it("keeps everything after an unclosed fence in the tail", () => {
      expect(splitBlocks("Here:\n\n```py\nx = 1\n\n# more")).toEqual(["Here:", "```py\nx = 1\n\n# more"]);
    });

    it("closes the fence once the closing line arrives", () => {
      expect(splitBlocks("```py\nx = 1\n\n```\n\nNext")).toEqual(["```py\nx = 1\n\n```", "Next"]);
    });

    // The property memoisation relies on: as lines arrive, every block except
    // the last one is already final.
    it("never changes a finished block as whole lines arrive", () => {
      const reply = [
        "Intro.",
        "",
        "- a",
        "",
        "- b",
        "",
        "```ts",
        "const a = 1;",
        "",
        "const b = 2;",
        "```",
        "",
        "| h |",
        "|---|",
        "| 1 |",
        "",
        "> quote",
        "",
        "Bye.",
      ].join("\n");
      const lines = reply.split("\n");
      const full = splitBlocks(reply);
      for (let count = 1; count <= lines.length; count += 1) {
        const finished = splitBlocks(lines.slice(0, count).join("\n")).slice(0, -1);
        expect(finished).toEqual(full.slice(0, finished.length));
      }
    });
  });
});
