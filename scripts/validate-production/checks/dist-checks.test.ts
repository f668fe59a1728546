// The dist/ checks against fake builds in fixtures/dist-*.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distFixture, fakeCheckContext } from "../fake-check-context";
import { distDevSignInCheck } from "./dist-dev-sign-in-check";
import { distSecretsCheck } from "./dist-secrets-check";
import { distSourceMapsCheck } from "./dist-source-maps-check";

const inDist = (name: string, env: Record<string, string> = {}) =>
  fakeCheckContext({ distDir: distFixture(name), env });
const statuses = (results: { status: string }[]) => results.map((result) => result.status);

describe("dist checks", () => {
  it("pass on a clean build", async () => {
    for (const check of [distSecretsCheck, distDevSignInCheck, distSourceMapsCheck]) {
      expect(statuses(await check(inDist("dist-clean")))).toEqual(["pass"]);
    }
  });

  it("fail on a Groq key in a bundle, naming the file but not the key", async () => {
    const [result, ...rest] = await distSecretsCheck(inDist("dist-groq-key"));
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: "fail", name: "dist secrets dist/assets/vendor-def456.js" });
    expect(result?.detail).toContain("Groq API key");
    expect(result?.detail).not.toContain("gsk_TESTONLY");
  });

  it("fail on the literal value of a server credential from the env", async () => {
    // Stands in for a token: a string that occurs in exactly one fixture file.
    const results = await distSecretsCheck(inDist("dist-clean", { METRICS_TOKEN: 'getElementById("root")' }));
    expect(results).toEqual([
      expect.objectContaining({ status: "fail", name: "dist secrets dist/assets/index-abc123.js" }),
    ]);
    expect(results[0]?.detail).toContain("the value of METRICS_TOKEN");
  });

  it("fail when the dev sign-in survived the build", async () => {
    const [result] = await distDevSignInCheck(inDist("dist-dev-sign-in"));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toContain("dist/assets/lazy-route-789.js");
  });

  it("fail when a source map is left in dist/", async () => {
    const [result] = await distSourceMapsCheck(inDist("dist-source-map"));
    expect(result).toMatchObject({ status: "fail" });
    expect(result?.detail).toContain("dist/assets/index-abc123.js.map");
  });

  it("say they could not look when there is no build", async () => {
    const empty = fakeCheckContext({ distDir: join(mkdtempSync(join(tmpdir(), "no-dist-")), "dist") });
    for (const check of [distSecretsCheck, distDevSignInCheck, distSourceMapsCheck]) {
      expect((await check(empty))[0]).toMatchObject({ status: "warn", detail: expect.stringMatching(/not checked/) });
    }
  });
});
