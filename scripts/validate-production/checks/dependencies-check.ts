// node_modules installed, and package.json / package-lock.json / node_modules
// agree, so the build Vercel runs (npm ci) is the build checked here.
// Reads files only; nothing goes over the network.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findLockfileDrift, findStaleInstalls } from "../lockfile-drift";
import type { CheckContext, CheckResult } from "../check-types";

const NAME = "dependencies";

type DependencyMap = Record<string, string>;
type LockEntry = {
  version?: string;
  optional?: boolean;
  dependencies?: DependencyMap;
  devDependencies?: DependencyMap;
  optionalDependencies?: DependencyMap;
  peerDependencies?: DependencyMap;
};
type Lockfile = { packages?: Record<string, LockEntry> };
const MAX_LISTED = 8;

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

function listed(items: readonly string[]): string {
  const more = items.length > MAX_LISTED ? `\n…and ${items.length - MAX_LISTED} more` : "";
  return items.slice(0, MAX_LISTED).join("\n") + more;
}

export async function dependenciesCheck(ctx: CheckContext): Promise<CheckResult[]> {
  const lockFile = join(ctx.rootDir, "package-lock.json");
  if (!existsSync(join(ctx.rootDir, "node_modules"))) {
    return [{ status: "fail", name: NAME, detail: "node_modules is missing: run `npm ci`" }];
  }
  if (!existsSync(lockFile)) {
    return [
      {
        status: "fail",
        name: NAME,
        detail: "package-lock.json is missing: run `npm install` and commit it (Vercel runs npm ci)",
      },
    ];
  }
  const lock = readJson(lockFile) as Lockfile;
  const lockRoot = lock.packages?.[""];
  if (lock.packages === undefined || lockRoot === undefined) {
    return [
      {
        status: "fail",
        name: NAME,
        detail: 'package-lock.json has no packages[""] entry (lockfileVersion < 2): regenerate it with npm ≥ 7',
      },
    ];
  }
  const drift = findLockfileDrift(readJson(join(ctx.rootDir, "package.json")), lockRoot);
  if (drift.length > 0) {
    return [
      {
        status: "fail",
        name: NAME,
        detail: `package-lock.json is out of sync with package.json: run \`npm install\` and commit package-lock.json\n${listed(drift)}`,
      },
    ];
  }
  const directNames = [...Object.keys(lockRoot.dependencies ?? {}), ...Object.keys(lockRoot.devDependencies ?? {})];
  const stale = findStaleInstalls(lock.packages, directNames, (name) => {
    const manifest = join(ctx.rootDir, "node_modules", name, "package.json");
    return existsSync(manifest) ? (readJson(manifest).version as string | undefined) : undefined;
  });
  if (stale.length > 0) {
    return [
      {
        status: "fail",
        name: NAME,
        detail: `node_modules does not match package-lock.json: run \`npm ci\`\n${listed(stale)}`,
      },
    ];
  }
  return [
    {
      status: "pass",
      name: NAME,
      detail: `node_modules matches package-lock.json, which matches package.json (${directNames.length} direct dependencies)`,
    },
  ];
}
