import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFixture, fakeCheckContext } from "../fake-check-context";
import { bundleBudgetCheck, FIRST_ROUTE_BUDGET_BYTES } from "./bundle-budget-check";

// Random data does not compress: the gzip size is at least ~`bytes`.
const incompressible = (bytes: number) => `export const blob = "${randomBytes(bytes).toString("base64")}";`;

/** A dist/ whose entry and lazily loaded Clerk provider chunk weigh about the given gzip bytes. */
function distOf({ entryBytes, clerkBytes }: { entryBytes: number; clerkBytes: number }): string {
  const dist = mkdtempSync(join(tmpdir(), "budget-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), '<script type="module" src="/assets/index.js"></script>');
  writeFileSync(
    join(dist, "assets/index.js"),
    `${incompressible(entryBytes)}\nexport const auth = () => import("./ClerkAuthProvider-Zz99Yy88.js");`,
  );
  writeFileSync(join(dist, "assets/ClerkAuthProvider-Zz99Yy88.js"), incompressible(clerkBytes));
  return dist;
}

describe("bundleBudgetCheck", () => {
  it("passes a small /sign-in and prints its size with the Clerk chunk and what it imports", async () => {
    const [result] = await bundleBudgetCheck(fakeCheckContext({ distDir: distFixture("dist-clean") }));
    expect(result).toMatchObject({ status: "pass" });
    expect(result?.detail).toMatch(/^0\.\d kB gzip of first-route JS, \/sign-in \(budget 125\.0 kB\)/);
    expect(result?.detail).toContain("assets/ClerkAuthProvider-Ab12Cd34.js");
    expect(result?.detail).toContain("assets/clerk-react-Gh78Ij90.js");
    expect(result?.detail).not.toContain("lazy-route-789");
  });

  it("fails an entry over budget", async () => {
    const [result] = await bundleBudgetCheck(
      fakeCheckContext({ distDir: distOf({ entryBytes: FIRST_ROUTE_BUDGET_BYTES * 1.2, clerkBytes: 10 }) }),
    );
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toMatch(/over: lazy-load/);
  });

  it("fails when the entry fits but the Clerk chunk the sign-in page loads next tips it over", async () => {
    const dist = distOf({ entryBytes: FIRST_ROUTE_BUDGET_BYTES * 0.8, clerkBytes: FIRST_ROUTE_BUDGET_BYTES * 0.3 });
    const [result] = await bundleBudgetCheck(fakeCheckContext({ distDir: dist }));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toContain("ClerkAuthProvider-Zz99Yy88.js");
  });

  it("fails, naming the chunk, when the build has no Clerk provider chunk", async () => {
    const dist = distOf({ entryBytes: 10, clerkBytes: 10 });
    rmSync(join(dist, "assets/ClerkAuthProvider-Zz99Yy88.js"));
    const [result] = await bundleBudgetCheck(fakeCheckContext({ distDir: dist }));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toMatch(/cannot measure \/sign-in: expected one assets\/ClerkAuthProvider-<hash>\.js chunk/);
  });

  it("fails when index.html points at a missing file", async () => {
    const dist = distOf({ entryBytes: 10, clerkBytes: 10 });
    writeFileSync(join(dist, "index.html"), '<script type="module" src="/assets/gone.js"></script>');
    expect((await bundleBudgetCheck(fakeCheckContext({ distDir: dist })))[0]?.detail).toMatch(
      /missing assets\/gone\.js/,
    );
  });
});
