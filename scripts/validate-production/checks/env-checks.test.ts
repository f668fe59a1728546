// The env checks against one fixture per planted fault (fixtures/env/).
import { describe, expect, it } from "vitest";
import { envFixture, fakeCheckContext } from "../fake-check-context";
import { formatCheckResult } from "../format-check-result";
import { ENV_CHECKS } from "../production-checks";
import { runChecks } from "../run-checks";

async function envCheckOutput(fixture: string) {
  const env = envFixture(fixture);
  const results = await runChecks(ENV_CHECKS, fakeCheckContext({ env }));
  return { env, results, printed: results.map(formatCheckResult).join("\n") };
}

describe("env checks", () => {
  it("pass on the clean production env", async () => {
    const { results } = await envCheckOutput("clean");
    expect(results.filter((result) => result.status !== "pass")).toEqual([]);
  });

  it.each([
    ["vite-groq-key", "VITE_GROQ_API_KEY", /Groq API key|server secret exposed/],
    ["clerk-test-key", "VITE_CLERK_PUBLISHABLE_KEY", /development-instance key/],
    ["missing-convex-url", "VITE_CONVEX_URL", /required/],
    ["http-convex-url", "VITE_CONVEX_URL", /https:\/\/<deployment>\.convex\.cloud/],
    ["dev-auth-url", "VITE_DEV_AUTH_URL", /must not be set in production/],
  ])("fail on %s, naming %s", async (fixture, variable, reason) => {
    const { results } = await envCheckOutput(fixture);
    const failures = results.filter((result) => result.status === "fail");
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((result) => result.name.endsWith(variable))).toBe(true);
    expect(failures.some((result) => reason.test(result.detail))).toBe(true);
  });

  it("never print a planted value", async () => {
    for (const fixture of ["vite-groq-key", "clerk-test-key", "http-convex-url", "dev-auth-url"]) {
      const { env, printed } = await envCheckOutput(fixture);
      const planted = ["VITE_GROQ_API_KEY", "VITE_CLERK_PUBLISHABLE_KEY", "VITE_CONVEX_URL", "VITE_DEV_AUTH_URL"]
        .map((name) => env[name])
        .filter((value): value is string => value !== undefined);
      for (const value of planted) expect(printed).not.toContain(value);
    }
  });

  it("flag the Groq key twice: by its shape and by its server-only name", async () => {
    const { results } = await envCheckOutput("vite-groq-key");
    expect(results.filter((result) => result.status === "fail").map((result) => result.name)).toEqual([
      "secrets VITE_GROQ_API_KEY",
      "server env VITE_GROQ_API_KEY",
    ]);
  });
});
