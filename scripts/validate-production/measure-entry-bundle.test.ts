import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { distFixture } from "./fake-check-context";
import { entryScriptPaths, formatKb, measureEntryBundle } from "./measure-entry-bundle";

describe("entryScriptPaths", () => {
  it("finds the module entry and modulepreloads in any attribute order and quoting", () => {
    const html = `
      <script crossorigin type='module' src="/assets/a.js?v=1"></script>
      <link href=./assets/b.js rel=modulepreload>
      <link rel="stylesheet" href="/assets/a.css">
      <script src="/assets/legacy.js"></script>
      <script type="module" src="https://cdn.example.com/x.js"></script>`;
    expect(entryScriptPaths(html)).toEqual(["assets/a.js", "assets/b.js"]);
  });
});

describe("measureEntryBundle", () => {
  it("sums the gzip size of the entry and its preloads, not lazy chunks or CSS", () => {
    const dist = distFixture("dist-clean");
    const size = measureEntryBundle(dist);
    expect(size.files.map((file) => file.path)).toEqual(["assets/index-abc123.js", "assets/vendor-def456.js"]);
    const expected = size.files.map((file) => gzipSync(readFileSync(join(dist, file.path))).length);
    expect(size.totalGzipBytes).toBe(expected[0]! + expected[1]!);
    expect(size.files[0]!.bytes).toBe(readFileSync(join(dist, "assets/index-abc123.js")).length);
  });

  it("formats kB the way Vite does", () => {
    expect(formatKb(125_000)).toBe("125.0 kB");
  });
});
