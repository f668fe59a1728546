import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { measureRoute, staticClosure } from "../validate-production/route-bundle";

// The lazy chunks (by module name) each route opens after the entry, in a
// production build with Clerk configured. /sign-in is the first route a
// signed-out visit lands on: the one the 125 KB budget is about.
const CLERK = ["ClerkAuthProvider"];
const SIGNED_IN = [...CLERK, "ClerkConvexSession", "SignedInShell"];
const ROUTES: Record<string, string[]> = {
  "/sign-in": CLERK,
  "/ (new chat)": [...SIGNED_IN, "ChatRoute", "NewChatPage"],
  "/c/:id (a conversation)": [...SIGNED_IN, "ChatRoute", "ConversationPage", "SafeText"],
  "/settings": [...SIGNED_IN, "SettingsPage"],
  "/admin": [...SIGNED_IN, "AdminPage"],
};

type ManifestChunk = { file: string; src?: string; isDynamicEntry?: boolean };

/**
 * P1: a production build's JavaScript per route (entry + modulepreloads +
 * the route's lazy chunks with their static imports, gzip, our own code:
 * Clerk's CDN script is loaded at runtime and not ours), then what each
 * lazily loaded module adds on top of the entry.
 */
export function bundleFigures() {
  const outDir = mkdtempSync(join(tmpdir(), "bench-dist-"));
  try {
    const build = spawnSync("npx", ["vite", "build", "--outDir", outDir, "--manifest", "--logLevel", "error"], {
      encoding: "utf8",
      env: {
        ...process.env,
        VITE_CONVEX_URL: "https://bench-example.convex.cloud",
        VITE_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k",
      },
    });
    if (build.status !== 0) throw new Error(`vite build failed: ${build.stderr}`);
    const entry = measureRoute(outDir, []);
    const entryFiles = new Set(entry.files.map((f) => f.path));
    const manifest = JSON.parse(readFileSync(join(outDir, ".vite/manifest.json"), "utf8")) as Record<
      string,
      ManifestChunk
    >;
    const gzip = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
    // A lazy module's cost: its chunk plus every chunk it imports that the entry did not already load.
    const lazy = Object.values(manifest)
      .filter((chunk) => chunk.isDynamicEntry)
      .map((chunk) => ({
        name: chunk.src ?? chunk.file,
        gzipBytes: staticClosure(outDir, [chunk.file])
          .filter((f) => !entryFiles.has(f))
          .reduce((sum, f) => sum + gzip(f), 0),
      }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const routes = Object.entries(ROUTES).map(([route, chunks]) => ({
      route,
      gzipBytes: measureRoute(outDir, chunks).totalGzipBytes,
    }));
    return { entryGzipBytes: entry.totalGzipBytes, firstRouteGzipBytes: routes[0]!.gzipBytes, lazy, routes };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
