import { describe, expect, it } from "vitest";
import { listEnvProblems } from "./env-problems";
import { productionEnvSchema } from "./production-env-schema";

const PRODUCTION = {
  VITE_CONVEX_URL: "https://happy-animal-123.convex.cloud",
  VITE_CLERK_PUBLISHABLE_KEY: "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k",
  VITE_SENTRY_DSN: "https://abc123@o1.ingest.us.sentry.io/42",
};

const problemsFor = (env: Record<string, unknown>) => listEnvProblems(productionEnvSchema, env);

describe("productionEnvSchema", () => {
  it("accepts a production env", () => {
    expect(problemsFor(PRODUCTION)).toEqual([]);
  });

  it("reports every missing required variable at once", () => {
    expect(problemsFor({}).map((problem) => problem.variable)).toEqual([
      "VITE_CONVEX_URL",
      "VITE_CLERK_PUBLISHABLE_KEY",
    ]);
  });

  it.each([
    ["VITE_CLERK_PUBLISHABLE_KEY", "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k", /development-instance key/],
    ["VITE_CLERK_PUBLISHABLE_KEY", "pk_live_bm90LWEtaG9zdA==", /does not decode/],
    ["VITE_CONVEX_URL", "http://happy-animal-123.convex.cloud", /https:\/\/<deployment>\.convex\.cloud/],
    ["VITE_CONVEX_URL", "https://happy-animal-123.convex.cloud/", /no path or trailing slash/],
    ["VITE_CONVEX_URL", "https://happy-animal-123.convex.site", /convex\.cloud/],
    ["VITE_SENTRY_DSN", "http://abc@o1.ingest.sentry.io/1", /https:\/\//],
    ["VITE_DEV_AUTH_URL", "http://127.0.0.1:8787", /must not be set in production/],
  ])("rejects %s=%s", (variable, value, reason) => {
    const problems = problemsFor({ ...PRODUCTION, [variable]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.variable).toBe(variable);
    expect(problems[0]?.reason).toMatch(reason);
  });
});
