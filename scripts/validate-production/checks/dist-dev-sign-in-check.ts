// The dev sign-in lets anyone in without Clerk; it must be compiled out of
// production builds. Its component carries DEV_SIGN_IN_MARKER for this grep.
import { DEV_SIGN_IN_MARKER, DEV_SIGN_IN_TEXT } from "../../../src/config/dev-auth-marker";
import { hasBuiltDist, notCheckedWithoutDist, readDistTextFiles } from "../dist-files";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "dist dev sign-in";

export async function distDevSignInCheck(ctx: CheckContext): Promise<CheckResult[]> {
  if (!hasBuiltDist(ctx.distDir)) return [notCheckedWithoutDist(NAME, ctx)];
  const files = readDistTextFiles(ctx.distDir)
    .filter(({ path }) => !path.endsWith(".map"))
    .filter(({ text }) => text.includes(DEV_SIGN_IN_MARKER) || text.includes(DEV_SIGN_IN_TEXT))
    .map(({ path }) => `dist/${path}`);
  if (files.length === 0) return [{ status: "pass", name: NAME, detail: "dev sign-in code is not in dist/" }];
  return [
    {
      status: "fail",
      name: NAME,
      detail: `dev sign-in code is in ${files.join(", ")}: import it only behind \`if (import.meta.env.DEV)\` with a dynamic import() so Vite drops it from production builds`,
    },
  ];
}
