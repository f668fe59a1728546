// vercel.json serves the SPA: unknown paths get index.html, but /assets/*
// never does. A rewritten missing chunk would come back as HTML with a
// one-year immutable cache header and break the app until caches expire.
import { isCheckResult, readVercelConfig } from "../vercel-config";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "vercel.json routing";
const SAMPLE_ROUTE = "/chat/some-thread";
const SAMPLE_ASSET = "/assets/index-0123abcd.js";

// Vercel sources are path-to-regexp; the ones used for SPAs are plain regexes
// once anchored. An unreadable source is reported rather than guessed at.
function sourceMatches(source: string, path: string): boolean | undefined {
  try {
    return new RegExp(`^${source}$`).test(path);
  } catch {
    return undefined;
  }
}

export async function vercelRoutingCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const config = readVercelConfig(ctx.vercelConfigPath, NAME);
  if (isCheckResult(config)) return [config];
  const results: CheckResult[] = [];
  const spaRewrites = (config.rewrites ?? []).filter((rewrite) => rewrite.destination === "/index.html");
  if (!spaRewrites.some((rewrite) => sourceMatches(rewrite.source, SAMPLE_ROUTE))) {
    results.push({
      status: "fail",
      name: NAME,
      detail: `no rewrite sends ${SAMPLE_ROUTE} to /index.html: add { "source": "/((?!assets/).*)", "destination": "/index.html" }`,
    });
  }
  for (const rewrite of spaRewrites) {
    const matches = sourceMatches(rewrite.source, SAMPLE_ASSET);
    if (matches === false) continue;
    results.push({
      status: matches === undefined ? "warn" : "fail",
      name: NAME,
      detail:
        matches === undefined
          ? `cannot evaluate rewrite source ${rewrite.source}: make sure it excludes /assets/`
          : `rewrite ${rewrite.source} → /index.html also catches ${SAMPLE_ASSET}: use "/((?!assets/).*)"`,
    });
  }
  if (config.outputDirectory !== "dist") {
    results.push({ status: "fail", name: NAME, detail: 'outputDirectory must be "dist" (where vite build writes)' });
  }
  return results.length > 0
    ? results
    : [{ status: "pass", name: NAME, detail: "SPA rewrite excludes /assets/; output is dist/" }];
}
