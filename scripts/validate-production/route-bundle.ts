// The JavaScript a route downloads in a production build: index.html's entry
// and modulepreloads, plus the lazily loaded chunks the route opens, each
// with every chunk it statically imports (what Vite preloads alongside it).
// Read from dist/ itself, so it measures what Vercel would serve. Shared by
// the bundle-budget check and `npm run bench`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";
import { entryScriptPaths, type EntryBundleSize } from "./measure-entry-bundle";

/** The lazy chunks the first route (`/sign-in`, where every signed-out visit lands) loads after the entry. */
export const FIRST_ROUTE_LAZY_CHUNKS = ["ClerkAuthProvider"] as const;

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; never `import("./x.js")`.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

export function staticImportSpecifiers(js: string): string[] {
  return [...js.matchAll(STATIC_IMPORT)].map((match) => match[1]!);
}

/** `assets/<name>-<hash>.js`: Vite names a lazily imported module's chunk after its file. */
export function chunkPathFor(distDir: string, name: string, assetsDir = "assets"): string {
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}-[A-Za-z0-9_-]{8}\\.js$`);
  const matches = existsSync(join(distDir, assetsDir))
    ? readdirSync(join(distDir, assetsDir)).filter((file) => pattern.test(file))
    : [];
  if (matches.length !== 1) {
    throw new Error(
      `expected one ${assetsDir}/${name}-<hash>.js chunk in the build, found ${matches.length}: was ${name} renamed, or built without its env?`,
    );
  }
  return posix.join(assetsDir, matches[0]!);
}

/** `roots` and every chunk they statically import, transitively (paths relative to dist/). */
export function staticClosure(distDir: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const path = pending.pop()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const js = readFileSync(join(distDir, path), "utf8");
    for (const specifier of staticImportSpecifiers(js))
      pending.push(posix.normalize(posix.join(dirname(path), specifier)));
  }
  return [...seen];
}

export function measureRoute(distDir: string, lazyChunks: readonly string[]): EntryBundleSize {
  const entry = entryScriptPaths(readFileSync(join(distDir, "index.html"), "utf8"));
  const assetsDir = entry[0] ? dirname(entry[0]) : "assets";
  const paths = staticClosure(distDir, [...entry, ...lazyChunks.map((name) => chunkPathFor(distDir, name, assetsDir))]);
  const files = paths.map((path) => {
    const content = readFileSync(join(distDir, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
