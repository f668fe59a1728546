// Source maps are for Sentry only: `build.sourcemap: "hidden"` emits them
// without a sourceMappingURL comment, they are uploaded, then deleted. Vercel
// serves every file in dist/, and a header rule cannot 404 a file, so a map
// left in dist/ is public source code.
import { hasBuiltDist, listDistFiles, notCheckedWithoutDist, readDistTextFiles } from "../dist-files";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "dist source maps";
const SOURCE_MAPPING_URL = /[#@] sourceMappingURL=(?!data:)/;

export async function distSourceMapsCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (!hasBuiltDist(ctx.distDir)) return [notCheckedWithoutDist(NAME, ctx)];
  const results: CheckResult[] = [];
  const maps = listDistFiles(ctx.distDir).filter((path) => path.endsWith(".map"));
  if (maps.length > 0) {
    results.push({
      status: "fail",
      name: NAME,
      detail: `${maps.length} .map file(s) in dist/ would be served publicly (e.g. dist/${maps[0]}): upload them to Sentry and delete them after the build (@sentry/vite-plugin \`sourcemaps.filesToDeleteAfterUpload\`, or \`sentry-cli sourcemaps upload\` then \`rm dist/**/*.map\`)`,
    });
  }
  const linking = readDistTextFiles(ctx.distDir)
    .filter(({ path, text }) => /\.(?:m?js|css)$/.test(path) && SOURCE_MAPPING_URL.test(text))
    .map(({ path }) => `dist/${path}`);
  if (linking.length > 0) {
    results.push({
      status: "fail",
      name: NAME,
      detail: `${linking.join(", ")} point browsers at a source map: set \`build.sourcemap: "hidden"\` in vite.config.ts`,
    });
  }
  return results.length > 0 ? results : [{ status: "pass", name: NAME, detail: "no source maps served from dist/" }];
}
