import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFixture } from "./fake-check-context";
import { chunkPathFor, measureRoute, staticClosure, staticImportSpecifiers } from "./route-bundle";

describe("staticImportSpecifiers", () => {
  it.each([
    ['import{a as b}from"./x-1.js";', ["./x-1.js"]],
    ['import "./side-effect.js";', ["./side-effect.js"]],
    ["export*from'../y.js'", ["../y.js"]],
    ['const lazy=()=>import("./route.js")', []],
    ['import{c}from"react"', []],
    ['import{a}from"./a.js";import{b}from"./b.js"', ["./a.js", "./b.js"]],
  ])("%s", (js, expected) => {
    expect(staticImportSpecifiers(js)).toEqual(expected);
  });
});

function distWith(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), "route-bundle-"));
  mkdirSync(join(dist, "assets"));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dist, path), text);
  return dist;
}

describe("chunkPathFor", () => {
  it("finds a chunk by module name and an 8-character hash, not a longer name sharing the prefix", () => {
    const dist = distWith({ "assets/use-send-AbCd1234.js": "", "assets/use-send-message-CM8iSg-g.js": "" });
    expect(chunkPathFor(dist, "use-send")).toBe("assets/use-send-AbCd1234.js");
  });

  it("throws when the chunk is missing", () => {
    expect(() => chunkPathFor(distWith({}), "ClerkAuthProvider")).toThrow(/found 0/);
  });
});

describe("staticClosure and measureRoute", () => {
  it("follows static imports transitively and once each, never dynamic ones", () => {
    const dist = distWith({
      "assets/a.js": 'import"./b.js";import{c}from"./c.js";const l=()=>import("./lazy.js")',
      "assets/b.js": 'import{c}from"./c.js"',
      "assets/c.js": 'import{a}from"./a.js"',
    });
    expect(staticClosure(dist, ["assets/a.js"]).sort()).toEqual(["assets/a.js", "assets/b.js", "assets/c.js"]);
  });

  it("measures the entry alone, or the entry plus a lazy chunk and its imports", () => {
    const dist = distFixture("dist-clean");
    const entryOnly = measureRoute(dist, []);
    expect(entryOnly.files.map((file) => file.path).sort()).toEqual([
      "assets/index-abc123.js",
      "assets/vendor-def456.js",
    ]);
    const signIn = measureRoute(dist, ["ClerkAuthProvider"]);
    expect(signIn.files.map((file) => file.path).sort()).toEqual([
      "assets/ClerkAuthProvider-Ab12Cd34.js",
      "assets/clerk-react-Gh78Ij90.js",
      "assets/index-abc123.js",
      "assets/vendor-def456.js",
    ]);
    const lazyBytes = signIn.files
      .filter((file) => file.path.includes("lerk"))
      .reduce((sum, file) => sum + file.gzipBytes, 0);
    expect(signIn.totalGzipBytes).toBe(entryOnly.totalGzipBytes + lazyBytes);
  });
});
