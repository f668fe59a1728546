// vercel.json, read for the checks that inspect headers and routing.
import { existsSync, readFileSync } from "node:fs";
import type { CheckResult } from "./check-types";

export type VercelHeaderRule = { source: string; headers: { key: string; value: string }[] };
export type VercelConfig = {
  outputDirectory?: string;
  rewrites?: { source: string; destination: string }[];
  headers?: VercelHeaderRule[];
};

/** `file` is the repo's vercel.json unless `--vercel-config` names another. */
export function readVercelConfig(file: string, checkName: string): VercelConfig | CheckResult {
  if (!existsSync(file))
    return { status: "fail", name: checkName, detail: "vercel.json is missing: restore it from git" };
  try {
    return JSON.parse(readFileSync(file, "utf8")) as VercelConfig;
  } catch (error) {
    return {
      status: "fail",
      name: checkName,
      detail: `vercel.json is not valid JSON (${(error as Error).message}): fix the syntax`,
    };
  }
}

export function isCheckResult<T extends object>(value: T | CheckResult): value is CheckResult {
  return "status" in value;
}

// The value a response to `source` gets for header `key` (case-insensitive),
// looking only at rules whose source is exactly `source`.
export function headerValue(config: VercelConfig, source: string, key: string): string | undefined {
  const rules = (config.headers ?? []).filter((rule) => rule.source === source);
  const header = rules.flatMap((rule) => rule.headers).find((entry) => entry.key.toLowerCase() === key.toLowerCase());
  return header?.value;
}
