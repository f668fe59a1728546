import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { measureEntryBundle } from "../validate-production/measure-entry-bundle";

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; imports?: string[] };

/**
 * P1: a production build's first-route JavaScript (entry + modulepreloads,
 * gzip, our own code: Clerk's CDN script is loaded at runtime and not ours),
 * then what each lazily loaded module adds when its route or feature opens.
 */
export function bundleFigures() {
  const outDir = mkdtempSync(join(tmpdir(), "bench-dist-"));
  try {
    const build = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--manifest", "--logLevel", "error"], {
      encoding: "utf8",
      env: { ...process.env, VITE_CONVEX_URL: "https://bench-example.convex.cloud", VITE_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k" },
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    const entry = measureEntryBundle(outDir);
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
    const entryFiles = new Set(entry.files.map((f) => f.path));
    const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
    // A lazy module's cost: its own chunk plus chunks it imports that the entry did not already load.
    const lazy = Object.values(manifest)
      .filter((chunk) => chunk.isDynamicEntry)
      .map((chunk) => {
        const files = new Set([chunk.file, ...(chunk.imports ?? []).map((key) => manifest[key]?.file ?? "")].filter((f) => f && !entryFiles.has(f)));
        return { name: chunk.src ?? chunk.file, gzipBytes: [...files].reduce((sum, f) => sum + gzip(f), 0) };
      })
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    return { firstRouteGzipBytes: entry.totalGzipBytes, lazy };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
