import { describe, expect, it } from "vitest";
import { stripMarkdown } from "./strip-markdown";

const textOf = (markdown: string) => stripMarkdown(markdown).map((block) => block.text);

describe("stripMarkdown", () => {
  it("drops emphasis, code and link syntax but keeps what they say", () => {
    expect(
      textOf("**Offline demo model** (`openai/gpt-oss-20b`) — see [the docs](https://example.com) and _this_ ~~not~~."),
    ).toEqual(["Offline demo model (openai/gpt-oss-20b) — see the docs and this not."]);
  });

  it("keeps snake_case words and lone asterisks in arithmetic", () => {
    expect(textOf("call my_function_name with 2 * 3")).toEqual(["call my_function_name with 2 * 3"]);
  });

  it("removes heading, quote, list and rule markers and table delimiters", () => {
    expect(textOf("# Title\n\n> quoted\n\n- one\n- [x] done\n\n---\n\n| a | b |\n| --- | :---: |\n| 1 | 2 |")).toEqual([
      "Title",
      "quoted",
      "• one\n• done",
      "",
      "a  b\n1  2",
    ]);
  });

  it("shows fenced code without its fences, as code", () => {
    expect(stripMarkdown("```python\nprint('**hi**')\n```")).toEqual([{ kind: "code", text: "print('**hi**')" }]);
    expect(stripMarkdown("```js\nhalf = true")).toEqual([{ kind: "code", text: "half = true" }]);
  });

  it("leaves no ** or backticks from a reply cut mid-stream", () => {
    for (const partial of ["Some **bold", "Some `code", "A [link](https://exa", "~~gone"]) {
      const text = textOf(partial).join("\n");
      expect(text, partial).not.toMatch(/\*\*|`|~~/);
    }
  });

  it("returns text, never markup: HTML in a reply stays literal", () => {
    expect(textOf("<img src=x onerror=alert(1)>")).toEqual(["<img src=x onerror=alert(1)>"]);
  });
});
