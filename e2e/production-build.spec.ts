import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { DEV_SIGN_IN_MARKER, DEV_SIGN_IN_TEXT } from "../src/config/dev-auth-marker";
import { expect, test } from "./support/fixtures";
import { BUILD_DIR } from "./support/stack-config";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files (source maps aside: they quote the sources) that contain the dev sign-in's marker or banner. */
function filesWithDevSignIn(dir: string): string[] {
  return filesUnder(dir)
    .filter((file) => !file.endsWith(".map"))
    .filter((file) => {
      const text = readFileSync(file, "utf8");
      return text.includes(DEV_SIGN_IN_MARKER) || text.includes(DEV_SIGN_IN_TEXT);
    })
    .map((file) => relative(dir, file));
}

test("a production build does not contain the dev sign-in (the offline build does)", async () => {
  test.setTimeout(120_000);
  const outDir = mkdtempSync(join(tmpdir(), "guarded-chat-prod-"));
  try {
    // No Clerk key and no dev issuer URL: only the production-mode gate can keep the dev sign-in out.
    const env: NodeJS.ProcessEnv = { ...process.env, VITE_CONVEX_URL: "https://example-123.convex.cloud" };
    delete env.VITE_CLERK_PUBLISHABLE_KEY;
    delete env.VITE_DEV_AUTH_URL;
    const build = spawnSync(
      process.execPath,
      ["node_modules/vite/bin/vite.js", "build", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"],
      {
        env,
        encoding: "utf8",
        timeout: 110_000,
      },
    );
    expect(build.status, build.stderr).toBe(0);
    expect(filesUnder(outDir).some((file) => file.endsWith("index.html"))).toBe(true);

    expect(filesWithDevSignIn(outDir)).toEqual([]);
    // The positive control: the same scan finds it in the offline build, so it can fail.
    expect(filesWithDevSignIn(BUILD_DIR).length).toBeGreaterThan(0);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});
