import { describe, expect, it } from "vitest";
import { findLockfileDrift, findStaleInstalls } from "./lockfile-drift";

describe("findLockfileDrift", () => {
  it("is empty when the lockfile root records package.json's ranges", () => {
    const deps = { dependencies: { react: "^19.3.1" }, devDependencies: { vite: "^8.3.8" } };
    expect(findLockfileDrift(deps, structuredClone(deps))).toEqual([]);
  });

  it("lists changed, added and removed dependencies", () => {
    const drift = findLockfileDrift(
      { dependencies: { react: "^19.3.1", zod: "^4.6.7" } },
      { dependencies: { react: "^19.2.0" }, devDependencies: { vite: "^8.3.8" } },
    );
    expect(drift).toEqual([
      "dependencies.react: package.json ^19.3.1, lockfile ^19.2.0",
      "dependencies.zod: package.json ^4.6.7, lockfile (absent)",
      "devDependencies.vite: package.json (absent), lockfile ^8.3.8",
    ]);
  });
});

describe("findStaleInstalls", () => {
  const lock = {
    "node_modules/react": { version: "19.3.1" },
    "node_modules/fsevents": { version: "2.3.3", optional: true },
  };

  it("lists installs that differ from the lockfile, tolerating absent optional ones", () => {
    const installed: Record<string, string> = { react: "19.2.0" };
    expect(findStaleInstalls(lock, ["react", "fsevents"], (name) => installed[name])).toEqual([
      "react: lockfile 19.3.1, installed 19.2.0",
    ]);
    expect(findStaleInstalls(lock, ["react"], () => undefined)).toEqual([
      "react: lockfile 19.3.1, installed (missing)",
    ]);
    expect(findStaleInstalls(lock, ["react"], () => "19.3.1")).toEqual([]);
  });
});
