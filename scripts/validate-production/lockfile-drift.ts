// What `npm ci` would refuse: package.json declaring a dependency range that
// the lockfile's root entry (packages[""]) does not record verbatim.

const DEPENDENCY_FIELDS = ["dependencies", "devDependencies", "optionalDependencies", "peerDependencies"] as const;

type DependencyMaps = Partial<Record<(typeof DEPENDENCY_FIELDS)[number], Record<string, string>>>;

export function findLockfileDrift(packageJson: DependencyMaps, lockRoot: DependencyMaps): string[] {
  const drift: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const declared = packageJson[field] ?? {};
    const locked = lockRoot[field] ?? {};
    for (const name of new Set([...Object.keys(declared), ...Object.keys(locked)])) {
      if (declared[name] === locked[name]) continue;
      drift.push(
        `${field}.${name}: package.json ${declared[name] ?? "(absent)"}, lockfile ${locked[name] ?? "(absent)"}`,
      );
    }
  }
  return drift;
}

// Direct dependencies whose installed version differs from the lockfile's
// (an install that predates the last lockfile change).
export function findStaleInstalls(
  lockPackages: Record<string, { version?: string; optional?: boolean }>,
  directNames: readonly string[],
  installedVersion: (name: string) => string | undefined,
): string[] {
  const stale: string[] = [];
  for (const name of directNames) {
    const locked = lockPackages[`node_modules/${name}`];
    if (locked?.version === undefined) continue;
    const installed = installedVersion(name);
    if (installed === undefined && locked.optional) continue;
    if (installed !== locked.version)
      stale.push(`${name}: lockfile ${locked.version}, installed ${installed ?? "(missing)"}`);
  }
  return stale;
}
