// Gzipped size of the JavaScript a first visit must download before the app
// runs: index.html's entry <script type="module"> plus its
// <link rel="modulepreload"> chunks. Lazy routes and third-party scripts
// loaded at runtime (clerk-js from Clerk's CDN) are not ours and not counted.
// Shared with `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

type MeasuredFile = { path: string; bytes: number; gzipBytes: number };
export type EntryBundleSize = { files: MeasuredFile[]; totalGzipBytes: number };

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  }
  return attributes;
}

// Same-origin paths only ("/assets/x.js", "./assets/x.js"), without query.
export function entryScriptPaths(html: string): string[] {
  const paths = new Set<string>();
  for (const [, tag, rest] of html.matchAll(TAG)) {
    const attributes = attributesOf(rest ?? "");
    const isEntry = tag!.toLowerCase() === "script" && attributes.get("type") === "module";
    const isPreload = tag!.toLowerCase() === "link" && attributes.get("rel") === "modulepreload";
    const url = isEntry ? attributes.get("src") : isPreload ? attributes.get("href") : undefined;
    if (url === undefined || url === "" || /^(?:[a-z]+:)?\/\//i.test(url)) continue;
    paths.add(url.replace(/[?#].*$/, "").replace(/^\.?\//, ""));
  }
  return [...paths];
}

export function measureEntryBundle(distDir: string): EntryBundleSize {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const files = entryScriptPaths(html).map((path) => {
    const content = readFileSync(join(distDir, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
  return { files, totalGzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

// kB as Vite prints them (1 kB = 1000 bytes), so the numbers match its output.
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
