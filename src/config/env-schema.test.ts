import { describe, expect, it } from "vitest";
import { listEnvProblems } from "./env-problems";
import { clientEnvSchema } from "./env-schema";

const VALID = {
  VITE_CONVEX_URL: "https://happy-animal-123.convex.cloud",
  VITE_CLERK_PUBLISHABLE_KEY: "pk_test_aGFwcHktY2F0LTEyLmNsZXJrLmFjY291bnRzLmRldiQ=",
  VITE_SENTRY_DSN: "https://abc123@o1.ingest.us.sentry.io/42",
  VITE_PUBLIC_POSTHOG_KEY: "phc_abcDEF123",
  VITE_PUBLIC_POSTHOG_HOST: "https://eu.i.posthog.com",
  VITE_APP_RELEASE: "guarded-ai-chat@1.2.3+abc1234",
  VITE_DEV_AUTH_URL: "http://127.0.0.1:8787",
};

const variablesWithProblems = (env: Record<string, unknown>) =>
  listEnvProblems(clientEnvSchema, env).map((problem) => problem.variable);

describe("clientEnvSchema", () => {
  it("accepts a complete dev env and a minimal one (no Clerk key = dev sign-in)", () => {
    expect(variablesWithProblems(VALID)).toEqual([]);
    expect(variablesWithProblems({ VITE_CONVEX_URL: "http://127.0.0.1:3210" })).toEqual([]);
  });

  it.each([
    ["VITE_CONVEX_URL", "ftp://example.com"],
    ["VITE_CONVEX_URL", "happy-animal-123.convex.cloud"],
    ["VITE_CLERK_PUBLISHABLE_KEY", "sk_test_abc"],
    ["VITE_CLERK_PUBLISHABLE_KEY", "pk_abc"],
    ["VITE_SENTRY_DSN", "sentry"],
    ["VITE_PUBLIC_POSTHOG_KEY", "phx_abc"],
    ["VITE_PUBLIC_POSTHOG_HOST", "us.i.posthog.com"],
    ["VITE_APP_RELEASE", "feature/branch"],
    ["VITE_DEV_AUTH_URL", "localhost:8787"],
  ])("rejects %s=%s", (variable, value) => {
    expect(variablesWithProblems({ ...VALID, [variable]: value })).toEqual([variable]);
  });
});
