import { describe, expect, it } from "vitest";
import { MAX_RESULT_CHARS, MAX_RESULTS } from "../../rules/code-execution";
import { codeBlocksOf } from "./code-blocks";
import { createOutputCollector, toRunResult } from "./output-collector";
import { redacted } from "./sandbox-session";

describe("toRunResult (E2B Result → the one format kept)", () => {
  it("prefers images, then text, then other formats kept as text", () => {
    expect(toRunResult({ png: "AAA", text: "<Figure>" })).toEqual({ format: "png", data: "AAA" });
    expect(toRunResult({ jpeg: "BBB" })).toEqual({ format: "jpeg", data: "BBB" });
    expect(toRunResult({ text: "df", html: "<table>" })).toEqual({ format: "text", data: "df" });
    expect(toRunResult({ svg: "<svg onload=x>" })).toEqual({ format: "svg", data: "<svg onload=x>" });
    expect(toRunResult({ json: { a: 1 } })).toEqual({ format: "json", data: '{\n  "a": 1\n}' });
    expect(toRunResult({ pdf: "JVBER" }).format).toBe("note");
  });
  it("replaces an oversized result with a note", () => {
    expect(toRunResult({ png: "A".repeat(MAX_RESULT_CHARS + 1) })).toMatchObject({ format: "note" });
  });
});

describe("createOutputCollector", () => {
  it("keeps at most MAX_RESULTS results and notes the rest; strips ANSI from tracebacks", () => {
    const out = createOutputCollector();
    for (let i = 0; i < MAX_RESULTS + 2; i++) out.result({ text: String(i) });
    out.error({ name: "E", value: "v", traceback: "\u001b[0;31mLine\u001b[0m 1" });
    const snap = out.snapshot();
    expect(snap.results).toHaveLength(MAX_RESULTS + 1);
    expect(snap.results.at(-1)).toEqual({ format: "note", data: "2 more results not kept (at most 4 per run)." });
    expect(snap.error?.traceback).toBe("Line 1");
    expect(out.takeChanged()).toBe(true);
    expect(out.takeChanged()).toBe(false);
  });
});

describe("codeBlocksOf", () => {
  it("finds fenced and indented blocks in document order, inside lists and quotes too", () => {
    const md = "```py\na\n```\n\n- item\n\n  ```js\n  b\n  ```\n\n> ```ts\n> c\n> ```\n\n    d";
    expect(codeBlocksOf(md).map((b) => [b.lang ?? "", b.text])).toEqual([
      ["py", "a"],
      ["js", "b"],
      ["ts", "c"],
      ["", "d"],
    ]);
  });
});

describe("redacted", () => {
  it("removes the key from an error message before it is logged", () => {
    expect(redacted(new Error("401 for key e2b_secret123 denied"), "e2b_secret123")).toBe(
      "401 for key [redacted] denied",
    );
  });
});
