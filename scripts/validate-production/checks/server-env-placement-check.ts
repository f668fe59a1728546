// Server-side variables in the client/Vercel env: with a VITE_ prefix they
// ship to every browser (fail); without it they do nothing there because
// Convex reads its own env (warn).
import { BUILD_SECRET_NAMES, CONVEX_SECRET_NAMES, DEV_ONLY_SERVER_NAMES, isConvexSetting } from "../server-env-names";
import type { CheckContext, CheckResult } from "../check-types";

const CONVEX_SECRETS = new Set<string>(CONVEX_SECRET_NAMES);
const BUILD_SECRETS = new Set<string>(BUILD_SECRET_NAMES);
const DEV_ONLY = new Set<string>(DEV_ONLY_SERVER_NAMES);

function convexEnvHint(name: string): string {
  return `set with \`npx convex env set --prod ${name} …\` (Convex env), not in Vercel/Vite env`;
}

function resultFor(name: string, source: string): CheckResult | undefined {
  const bare = name.startsWith("VITE_") ? name.slice("VITE_".length) : undefined;
  if (DEV_ONLY.has(bare ?? name)) {
    return {
      status: "fail",
      name: `server env ${name}`,
      detail: `makes Convex trust dev sign-in tokens: delete it here, and make sure \`npx convex env list --prod --names-only\` does not list ${bare ?? name}`,
    };
  }
  if (bare !== undefined && (CONVEX_SECRETS.has(bare) || BUILD_SECRETS.has(bare))) {
    const home = BUILD_SECRETS.has(bare)
      ? `Vercel's env as ${bare} (no VITE_ prefix)`
      : `the Convex env: npx convex env set --prod ${bare} …`;
    return {
      status: "fail",
      name: `server env ${name}`,
      detail: `server secret exposed to the browser bundle: delete ${name} from ${source} and Vercel, set it in ${home}, and rotate it`,
    };
  }
  if (bare !== undefined && isConvexSetting(bare)) {
    return {
      status: "warn",
      name: `server env ${name}`,
      detail: `the browser never needs ${bare}; delete ${name} and ${convexEnvHint(bare)}`,
    };
  }
  if (CONVEX_SECRETS.has(name) || isConvexSetting(name)) {
    return { status: "warn", name: `server env ${name}`, detail: convexEnvHint(name) };
  }
  return undefined;
}

export async function serverEnvPlacementCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const results = Object.keys(ctx.env)
    .sort()
    .map((name) => resultFor(name, ctx.envSource))
    .filter((result): result is CheckResult => result !== undefined);
  if (results.length > 0) return results;
  return [{ status: "pass", name: "server env", detail: "no server-side variable in the client env" }];
}
