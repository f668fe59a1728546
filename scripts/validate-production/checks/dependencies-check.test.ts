import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeCheckContext, REPO_ROOT } from "../fake-check-context";
import { dependenciesCheck } from "./dependencies-check";

function projectWith(packageJson: object, lock: object | undefined, installed: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "deps-"));
  writeFileSync(join(root, "package.json"), JSON.stringify(packageJson));
  if (lock !== undefined) writeFileSync(join(root, "package-lock.json"), JSON.stringify(lock));
  mkdirSync(join(root, "node_modules"));
  for (const [name, version] of Object.entries(installed)) {
    mkdirSync(join(root, "node_modules", name));
    writeFileSync(join(root, "node_modules", name, "package.json"), JSON.stringify({ name, version }));
  }
  return root;
}

const lockFor = (range: string, version: string) => ({
  lockfileVersion: 3,
  packages: { "": { dependencies: { zod: range } }, "node_modules/zod": { version } },
});

describe("dependenciesCheck", () => {
  it("passes on this repository", async () => {
    expect((await dependenciesCheck(fakeCheckContext({ rootDir: REPO_ROOT })))[0]).toMatchObject({ status: "pass" });
  });

  it("fails when package.json changed without the lockfile", async () => {
    const rootDir = projectWith({ dependencies: { zod: "^4.6.7" } }, lockFor("^4.0.0", "4.6.7"), { zod: "4.6.7" });
    const [result] = await dependenciesCheck(fakeCheckContext({ rootDir }));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toMatch(/out of sync[^]*dependencies\.zod: package\.json \^4\.6\.7, lockfile \^4\.0\.0/);
  });

  it("fails when node_modules predates the lockfile", async () => {
    const rootDir = projectWith({ dependencies: { zod: "^4.6.7" } }, lockFor("^4.6.7", "4.6.7"), { zod: "4.1.0" });
    expect((await dependenciesCheck(fakeCheckContext({ rootDir })))[0]?.detail).toMatch(
      /run `npm ci`[^]*zod: lockfile 4\.6\.7, installed 4\.1\.0/,
    );
  });

  it("fails without a lockfile or without node_modules", async () => {
    const noLock = projectWith({}, undefined, {});
    expect((await dependenciesCheck(fakeCheckContext({ rootDir: noLock })))[0]?.detail).toMatch(
      /package-lock\.json is missing/,
    );
    const noModules = mkdtempSync(join(tmpdir(), "deps-"));
    cpSync(join(REPO_ROOT, "package.json"), join(noModules, "package.json"));
    writeFileSync(join(noModules, "package-lock.json"), readFileSync(join(REPO_ROOT, "package-lock.json")));
    expect((await dependenciesCheck(fakeCheckContext({ rootDir: noModules })))[0]?.detail).toMatch(
      /node_modules is missing/,
    );
  });
});
