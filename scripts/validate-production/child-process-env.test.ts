import { describe, expect, it } from "vitest";
import { childProcessEnv } from "./child-process-env";

describe("childProcessEnv", () => {
  const parent = {
    PATH: "/usr/bin",
    HOME: "/home/operator",
    GROQ_API_KEYS: "a,b",
    CLERK_SECRET_KEY: "x",
    SENTRY_AUTH_TOKEN: "x",
    CONVEX_DEPLOY_KEY: "x",
    GITHUB_TOKEN: "x",
    "npm_config_//registry.npmjs.org/:_authToken": "x",
    VITE_CLERK_PUBLISHABLE_KEY: "pk_live_x",
  };

  it("keeps ordinary variables and public VITE_ ones, drops credentials", () => {
    expect(Object.keys(childProcessEnv(parent)).sort()).toEqual(["HOME", "PATH", "VITE_CLERK_PUBLISHABLE_KEY"]);
  });

  it("adds the validated env's VITE_ variables only", () => {
    const env = childProcessEnv({ PATH: "/usr/bin" }, { VITE_CONVEX_URL: "https://a.convex.cloud", GROQ_API_KEY: "x" });
    expect(env).toEqual({ PATH: "/usr/bin", VITE_CONVEX_URL: "https://a.convex.cloud" });
  });
});
