import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { measureEntryBundle } from "../validate-production/measure-entry-bundle";

// What each route loads on top of the entry when Clerk is configured (production).
const ROUTES: Record<string, string[]> = {
  "/sign-in": ["src/features/auth/clerk/ClerkAuthProvider.tsx"],
  "/ (new chat)": ["src/features/auth/clerk/ClerkAuthProvider.tsx", "src/app/SignedInShell.tsx", "src/app/ChatRoute.tsx", "src/features/chat/NewChatPage.tsx"],
  "/c/:id (a conversation)": ["src/features/auth/clerk/ClerkAuthProvider.tsx", "src/app/SignedInShell.tsx", "src/app/ChatRoute.tsx", "src/features/chat/ConversationPage.tsx", "src/components/safe-text/SafeText.tsx"],
  "/settings": ["src/features/auth/clerk/ClerkAuthProvider.tsx", "src/app/SignedInShell.tsx", "src/features/settings/SettingsPage.tsx"],
  "/admin": ["src/features/auth/clerk/ClerkAuthProvider.tsx", "src/app/SignedInShell.tsx", "src/features/admin/AdminPage.tsx"],
};

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
    const filesOf = (chunk: ManifestChunk) =>
      [chunk.file, ...(chunk.imports ?? []).map((key) => manifest[key]?.file ?? "")].filter((f) => f && !entryFiles.has(f));
    const size = (files: Iterable<string>) => [...new Set(files)].reduce((sum, f) => sum + gzip(f), 0);
    const lazy = Object.values(manifest)
      .filter((chunk) => chunk.isDynamicEntry)
      .map((chunk) => ({ name: chunk.src ?? chunk.file, gzipBytes: size(filesOf(chunk)) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes);
    const routes = Object.entries(ROUTES).map(([route, modules]) => {
      const chunks = modules.map((src) => {
        const chunk = manifest[src];
        if (!chunk) throw new Error(`bench: ${src} is no longer a lazy chunk; update ROUTES in bundle-figures.ts`);
        return chunk;
      });
      return { route, gzipBytes: entry.totalGzipBytes + size(chunks.flatMap(filesOf)) };
    });
    return { firstRouteGzipBytes: entry.totalGzipBytes, lazy, routes };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
