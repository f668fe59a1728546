import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFixture, fakeCheckContext, fakeRunner } from "../fake-check-context";
import { buildCheck } from "./build-check";

describe("buildCheck", () => {
  it("runs npm run build with the validated VITE_ env and no secrets", async () => {
    const runCommand = fakeRunner({ exitCode: 0 });
    const env = { VITE_CONVEX_URL: "https://a.convex.cloud", GROQ_API_KEY: "x" };
    const results = await buildCheck(
      fakeCheckContext({ skipBuild: false, runCommand, env, parentEnv: { PATH: "/bin", CLERK_SECRET_KEY: "x" } }),
    );
    expect(runCommand.calls[0]?.args).toEqual(["run", "build"]);
    expect(runCommand.calls[0]?.options.env).toEqual({ PATH: "/bin", VITE_CONVEX_URL: "https://a.convex.cloud" });
    expect(results[0]?.status).toBe("pass");
  });

  it("fails with the build output when the build fails", async () => {
    const runCommand = fakeRunner({
      exitCode: 1,
      stderr: "error during build:\n[vite]: Rollup failed to resolve import",
    });
    const [result] = await buildCheck(fakeCheckContext({ skipBuild: false, runCommand }));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toContain("Rollup failed to resolve import");
  });

  it("with --skip-build, warns that dist/ may be stale, or fails when there is none", async () => {
    expect((await buildCheck(fakeCheckContext({ distDir: distFixture("dist-clean") })))[0]?.status).toBe("warn");
    const distDir = join(mkdtempSync(join(tmpdir(), "no-dist-")), "dist");
    expect((await buildCheck(fakeCheckContext({ distDir })))[0]).toMatchObject({
      status: "fail",
      detail: expect.stringMatching(/run `npm run build`/),
    });
  });
});
