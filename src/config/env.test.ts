import { describe, expect, it } from "vitest";
import { ClientEnvError, parseClientEnv } from "./env";

const DEV_ENV = { VITE_CONVEX_URL: "http://127.0.0.1:3210" };

function thrownBy(run: () => unknown): ClientEnvError {
  try {
    run();
  } catch (error) {
    if (error instanceof ClientEnvError) return error;
    throw error;
  }
  throw new Error("expected parseClientEnv to throw");
}

describe("parseClientEnv", () => {
  it("returns the typed env and drops Vite's own keys", () => {
    const env = parseClientEnv({ ...DEV_ENV, MODE: "development", DEV: true, VITE_SENTRY_DSN: "" });
    expect(env).toEqual(DEV_ENV);
  });

  it("throws one error listing every bad variable with its reason", () => {
    const error = thrownBy(() =>
      parseClientEnv({
        VITE_SENTRY_DSN: "not a url",
        VITE_PUBLIC_POSTHOG_KEY: "abc",
        VITE_CLERK_PUBLISHABLE_KEY: "sk_live_x",
      }),
    );
    expect(error.problems.map((problem) => problem.variable).sort()).toEqual([
      "VITE_CLERK_PUBLISHABLE_KEY",
      "VITE_CONVEX_URL",
      "VITE_PUBLIC_POSTHOG_KEY",
      "VITE_SENTRY_DSN",
    ]);
    expect(error.message).toMatch(/- VITE_CONVEX_URL: required/);
    expect(error.message).toMatch(/- VITE_SENTRY_DSN: must be a Sentry DSN URL/);
  });

  it("treats an emptied required variable as missing", () => {
    expect(thrownBy(() => parseClientEnv({ VITE_CONVEX_URL: "" })).message).toMatch(/VITE_CONVEX_URL: required/);
  });

  it("never puts a variable's value in the message", () => {
    const value = "sk_live_NOT_A_REAL_SECRET_0123456789";
    const error = thrownBy(() => parseClientEnv({ ...DEV_ENV, VITE_CLERK_PUBLISHABLE_KEY: value }));
    expect(error.message).toContain("VITE_CLERK_PUBLISHABLE_KEY");
    expect(error.message).not.toContain(value);
  });
});
