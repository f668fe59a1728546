// The vercel.json checks on the real file, and on copies with one fault each.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { configuredVercelJson, envFixture, fakeCheckContext, REPO_ROOT } from "../fake-check-context";
import type { VercelConfig } from "../vercel-config";
import { cspAllowsEnvCheck } from "./csp-allows-env-check";
import { vercelCspCheck } from "./vercel-csp-check";
import { vercelHeadersCheck } from "./vercel-headers-check";
import { vercelRoutingCheck } from "./vercel-routing-check";

const realConfig = (): VercelConfig => JSON.parse(readFileSync(join(REPO_ROOT, "vercel.json"), "utf8")) as VercelConfig;

function rootWith(config: VercelConfig): string {
  const root = mkdtempSync(join(tmpdir(), "vercel-json-"));
  writeFileSync(join(root, "vercel.json"), JSON.stringify(config));
  return root;
}

function editedConfig(edit: (config: VercelConfig) => void): string {
  const config = realConfig();
  edit(config);
  return rootWith(config);
}

function editCsp(edit: (csp: string) => string) {
  return editedConfig((config) => {
    const header = config.headers!.find((rule) => rule.source === "/(.*)")!.headers.find((entry) => entry.key === "Content-Security-Policy")!;
    header.value = edit(header.value);
  });
}

const failures = (results: { status: string; name: string }[]) => results.filter((result) => result.status === "fail").map((result) => result.name);

describe("vercel.json checks on the real file", () => {
  it("have no failures (the Clerk domain placeholder is a warning)", async () => {
    const ctx = fakeCheckContext();
    expect(failures(await vercelHeadersCheck(ctx))).toEqual([]);
    expect(failures(await vercelRoutingCheck(ctx))).toEqual([]);
    expect(await vercelCspCheck(ctx)).toEqual([expect.objectContaining({ status: "warn", name: "vercel.json CSP Clerk domain" })]);
  });
});

describe("vercelHeadersCheck", () => {
  it.each(["X-Frame-Options", "Strict-Transport-Security", "Permissions-Policy", "Content-Security-Policy", "Cache-Control"])(
    "fails when %s is removed",
    async (key) => {
      const rootDir = editedConfig((config) => {
        for (const rule of config.headers!) rule.headers = rule.headers.filter((entry) => entry.key !== key);
      });
      expect(failures(await vercelHeadersCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))).toEqual([`vercel.json headers ${key}`]);
    },
  );

  it("fails on a weakened value", async () => {
    const rootDir = editedConfig((config) => {
      config.headers!.find((rule) => rule.source === "/(.*)")!.headers.find((entry) => entry.key === "X-Content-Type-Options")!.value = "sniff";
    });
    const [result] = await vercelHeadersCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") }));
    expect(result?.detail).toMatch(/has the wrong value .*"nosniff"/);
  });
});

describe("vercelCspCheck", () => {
  it("fails when a required directive or source is removed", async () => {
    const rootDir = editCsp((csp) => csp.replace("frame-ancestors 'none'", "").replace(" wss://*.convex.cloud", ""));
    expect(failures(await vercelCspCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))).toEqual(["vercel.json CSP connect-src", "vercel.json CSP frame-ancestors"]);
  });

  it("fails on unsafe script sources and loosened exact directives", async () => {
    const rootDir = editCsp((csp) => csp.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'").replace("object-src 'none'", "object-src 'none' *"));
    expect(failures(await vercelCspCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))).toEqual(["vercel.json CSP object-src", "vercel.json CSP script-src"]);
  });
});

describe("cspAllowsEnvCheck", () => {
  const withClerkDomain = () => configuredVercelJson("https://clerk.example.com");

  it("fails while the production Clerk domain is still the placeholder", async () => {
    const results = await cspAllowsEnvCheck(fakeCheckContext({ env: envFixture("clean") }));
    expect(failures(results)).toEqual(["CSP allows env VITE_CLERK_PUBLISHABLE_KEY"]);
    expect(results[0]?.detail).toContain("https://clerk.example.com");
  });

  it("passes once the Clerk domain is filled in", async () => {
    expect(await cspAllowsEnvCheck(fakeCheckContext({ vercelConfigPath: withClerkDomain() }))).toEqual([expect.objectContaining({ status: "pass" })]);
  });

  it("fails on a Sentry DSN in a region the CSP does not allow", async () => {
    const env = { ...envFixture("clean"), VITE_SENTRY_DSN: "https://key@o1.ingest.de.sentry.io/42" };
    expect(failures(await cspAllowsEnvCheck(fakeCheckContext({ vercelConfigPath: withClerkDomain(), env })))).toEqual(["CSP allows env VITE_SENTRY_DSN"]);
  });
});

describe("vercelRoutingCheck", () => {
  it("fails when the SPA rewrite also catches /assets", async () => {
    const rootDir = editedConfig((config) => (config.rewrites = [{ source: "/(.*)", destination: "/index.html" }]));
    expect((await vercelRoutingCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))[0]).toMatchObject({ status: "fail", detail: expect.stringMatching(/catches \/assets/) });
  });

  it("fails without an SPA rewrite", async () => {
    const rootDir = editedConfig((config) => delete config.rewrites);
    expect((await vercelRoutingCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))[0]?.detail).toMatch(/no rewrite sends/);
  });
});
