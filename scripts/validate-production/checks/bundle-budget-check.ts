// First-route JavaScript budget: what a signed-out visit to /sign-in
// downloads before the page works on a phone (the entry with its preloads,
// then Clerk's React SDK chunk). Clerk's own CDN script is not ours.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hasBuiltDist, notCheckedWithoutDist } from "../dist-files";
import { entryScriptPaths, formatKb } from "../measure-entry-bundle";
import { FIRST_ROUTE_LAZY_CHUNKS, measureRoute } from "../route-bundle";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "bundle budget";
export const FIRST_ROUTE_BUDGET_BYTES = 125_000;

export async function bundleBudgetCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (!hasBuiltDist(ctx.distDir)) return [notCheckedWithoutDist(NAME, ctx)];
  const paths = entryScriptPaths(readFileSync(join(ctx.distDir, "index.html"), "utf8"));
  if (paths.length === 0) {
    return [
      {
        status: "fail",
        name: NAME,
        detail: 'dist/index.html has no <script type="module" src>: is dist/ a Vite build?',
      },
    ];
  }
  const missing = paths.filter((path) => !existsSync(join(ctx.distDir, path)));
  if (missing.length > 0)
    return [
      { status: "fail", name: NAME, detail: `dist/index.html references missing ${missing.join(", ")}: rebuild` },
    ];
  let size;
  try {
    size = measureRoute(ctx.distDir, FIRST_ROUTE_LAZY_CHUNKS);
  } catch (error) {
    return [{ status: "fail", name: NAME, detail: `cannot measure /sign-in: ${(error as Error).message}` }];
  }
  const breakdown = size.files.map((file) => `${file.path} ${formatKb(file.gzipBytes)}`).join(", ");
  const total = `${formatKb(size.totalGzipBytes)} gzip of first-route JS, /sign-in (budget ${formatKb(FIRST_ROUTE_BUDGET_BYTES)})`;
  if (size.totalGzipBytes <= FIRST_ROUTE_BUDGET_BYTES)
    return [{ status: "pass", name: NAME, detail: `${total}: ${breakdown}` }];
  return [
    {
      status: "fail",
      name: NAME,
      detail: `${total}, ${formatKb(size.totalGzipBytes - FIRST_ROUTE_BUDGET_BYTES)} over: lazy-load routes and heavy SDKs with import() (e.g. PostHog, Sentry Replay, markdown rendering, the Convex client). ${breakdown}`,
    },
  ];
}
