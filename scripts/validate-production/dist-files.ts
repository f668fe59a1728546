// Walks dist/ for the checks that grep the deployable output.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import type { CheckContext, CheckResult } from "./check-types";

// Files a browser can read as text; images and fonts cannot hold our code.
const TEXT_EXTENSIONS = new Set([
  ".js",
  ".mjs",
  ".cjs",
  ".css",
  ".html",
  ".json",
  ".map",
  ".txt",
  ".svg",
  ".xml",
  ".webmanifest",
]);

export function listDistFiles(distDir: string): string[] {
  if (!existsSync(distDir)) return [];
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)))
    .sort();
}

export function readDistTextFiles(distDir: string): { path: string; text: string }[] {
  return listDistFiles(distDir)
    .filter((path) => TEXT_EXTENSIONS.has(extname(path)))
    .map((path) => ({ path, text: readFileSync(join(distDir, path), "utf8") }));
}

export function missingDistMessage(ctx: CheckContext): string {
  return `${relative(ctx.rootDir, join(ctx.distDir, "index.html"))} not found: run \`npm run build\` (or drop --skip-build)`;
}

// The build check fails when dist/ is missing; the dist/ checks only say
// they could not look, instead of repeating that ✗ four times.
export function notCheckedWithoutDist(name: string, ctx: CheckContext): CheckResult {
  return { status: "warn", name, detail: `not checked: ${missingDistMessage(ctx)}` };
}

export function hasBuiltDist(distDir: string): boolean {
  return existsSync(join(distDir, "index.html"));
}
