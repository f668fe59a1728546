// `npm run build` (vite build) so the dist/ checks below inspect what this
// checkout produces. With --skip-build the existing dist/ is inspected as is.
import { childProcessEnv } from "../child-process-env";
import { hasBuiltDist, missingDistMessage } from "../dist-files";
import { childOutputTail } from "../output-tail";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "build";
const TIMEOUT_MS = 10 * 60_000;

export async function buildCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (ctx.skipBuild) {
    if (!hasBuiltDist(ctx.distDir)) return [{ status: "fail", name: NAME, detail: missingDistMessage(ctx) }];
    return [
      { status: "warn", name: NAME, detail: "skipped (--skip-build): checking the existing dist/, which may be stale" },
    ];
  }
  // The validated env's VITE_* values are passed so --env-file builds with
  // them; Vite lets process env override its own .env files.
  const result = await ctx.runCommand("npm", ["run", "build"], {
    cwd: ctx.rootDir,
    env: childProcessEnv(ctx.parentEnv, ctx.env),
    timeoutMs: TIMEOUT_MS,
  });
  if (result.exitCode === 0 && hasBuiltDist(ctx.distDir))
    return [{ status: "pass", name: NAME, detail: "npm run build succeeded" }];
  const why =
    result.spawnError ??
    (result.timedOut
      ? "timed out"
      : result.exitCode === 0
        ? "no dist/index.html produced"
        : `exit code ${result.exitCode}`);
  return [
    {
      status: "fail",
      name: NAME,
      detail: `npm run build failed (${why}): fix the errors below\n${childOutputTail(result.stdout, result.stderr)}`,
    },
  ];
}
