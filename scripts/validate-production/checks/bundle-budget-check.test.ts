import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFixture, fakeCheckContext } from "../fake-check-context";
import { bundleBudgetCheck, ENTRY_BUNDLE_BUDGET_BYTES } from "./bundle-budget-check";

function distWithEntryOf(bytes: number): string {
  const dist = mkdtempSync(join(tmpdir(), "budget-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), '<script type="module" src="/assets/index.js"></script>');
  // Random data does not compress: the gzip size is at least ~`bytes`.
  writeFileSync(join(dist, "assets/index.js"), `export const blob = "${randomBytes(bytes).toString("base64")}";`);
  return dist;
}

describe("bundleBudgetCheck", () => {
  it("passes a small entry and prints its size", async () => {
    const [result] = await bundleBudgetCheck(fakeCheckContext({ distDir: distFixture("dist-clean") }));
    expect(result).toMatchObject({ status: "pass" });
    expect(result?.detail).toMatch(/^0\.\d kB gzip of first-route JS \(budget 125\.0 kB\)/);
  });

  it("fails an entry over budget", async () => {
    const [result] = await bundleBudgetCheck(fakeCheckContext({ distDir: distWithEntryOf(ENTRY_BUNDLE_BUDGET_BYTES * 1.2) }));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toMatch(/over: lazy-load/);
  });

  it("fails when index.html points at a missing file", async () => {
    const dist = distWithEntryOf(10);
    writeFileSync(join(dist, "index.html"), '<script type="module" src="/assets/gone.js"></script>');
    expect((await bundleBudgetCheck(fakeCheckContext({ distDir: dist })))[0]?.detail).toMatch(/missing assets\/gone\.js/);
  });
});
