import { describe, expect, it } from "vitest";
import { envFixture, fakeCheckContext } from "../fake-check-context";
import { serverEnvPlacementCheck } from "./server-env-placement-check";

const check = (extra: Record<string, string>) =>
  serverEnvPlacementCheck(fakeCheckContext({ env: { ...envFixture("clean"), ...extra } }));

describe("serverEnvPlacementCheck", () => {
  it("warns about a plain server secret with the convex env command", async () => {
    const [result] = await check({ GROQ_API_KEYS: "gsk_REPLACE_ME" });
    expect(result).toMatchObject({ status: "warn", name: "server env GROQ_API_KEYS" });
    expect(result?.detail).toContain("npx convex env set --prod GROQ_API_KEYS");
    expect(result?.detail).not.toContain("gsk_REPLACE_ME");
  });

  it("warns about Convex settings (LLM_*, ADMIN_EMAILS) set outside Convex", async () => {
    const results = await check({ LLM_MODEL: "x", ADMIN_EMAILS: "a@example.com" });
    expect(results.map((result) => [result.status, result.name])).toEqual([
      ["warn", "server env ADMIN_EMAILS"],
      ["warn", "server env LLM_MODEL"],
    ]);
  });

  it.each([
    "VITE_METRICS_TOKEN",
    "VITE_CLERK_SECRET_KEY",
    "VITE_OPENROUTER_API_KEYS",
    "VITE_CONVEX_DEPLOY_KEY",
    "VITE_SENTRY_AUTH_TOKEN",
    "VITE_E2B_API_KEY",
  ])("fails on %s", async (name) => {
    const [result] = await check({ [name]: "placeholder" });
    expect(result).toMatchObject({ status: "fail", name: `server env ${name}` });
  });

  it("fails on DEV_AUTH_ISSUER, which would make Convex trust dev tokens", async () => {
    const [result] = await check({ DEV_AUTH_ISSUER: "http://127.0.0.1:8787" });
    expect(result).toMatchObject({ status: "fail", detail: expect.stringMatching(/npx convex env list --prod/) });
  });

  it("accepts CONVEX_DEPLOY_KEY and SENTRY_AUTH_TOKEN, which the Vercel build needs", async () => {
    expect(await check({ SENTRY_AUTH_TOKEN: "placeholder" })).toEqual([expect.objectContaining({ status: "pass" })]);
  });
});
