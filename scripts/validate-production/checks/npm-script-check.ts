// `npm run <script>` as a check (typecheck, lint, unit tests). Slow, so
// `--skip-slow` turns each into a visible ! rather than a silent pass.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { childProcessEnv } from "../child-process-env";
import { childOutputTail } from "../output-tail";
import type { Check, CheckContext, CheckResult } from "../check-types";

const TIMEOUT_MS = 10 * 60_000;

export function npmScriptCheck(script: string, whatToFix: string): Check {
  const name = `npm run ${script}`;
  const check = async (ctx: CheckContext): Promise<CheckResult[]> => {
    if (ctx.skipSlow)
      return [{ status: "warn", name, detail: "skipped (--skip-slow); run without it before deploying" }];
    const scripts = (
      JSON.parse(readFileSync(join(ctx.rootDir, "package.json"), "utf8")) as { scripts?: Record<string, string> }
    ).scripts;
    if (scripts?.[script] === undefined)
      return [{ status: "fail", name, detail: `package.json has no "${script}" script: add it` }];
    const result = await ctx.runCommand("npm", ["run", script], {
      cwd: ctx.rootDir,
      env: childProcessEnv(ctx.parentEnv),
      timeoutMs: TIMEOUT_MS,
    });
    if (result.exitCode === 0) return [{ status: "pass", name, detail: "passed" }];
    const why =
      result.spawnError ??
      (result.timedOut ? `timed out after ${TIMEOUT_MS / 60_000} min` : `exit code ${result.exitCode}`);
    return [
      {
        status: "fail",
        name,
        detail: `${why}: ${whatToFix} (run \`${name}\` to see everything)\n${childOutputTail(result.stdout, result.stderr)}`,
      },
    ];
  };
  Object.defineProperty(check, "name", { value: name });
  return check;
}
