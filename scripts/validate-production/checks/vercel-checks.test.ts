// The vercel.json checks on the real file, and on copies with one fault each.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fakeCheckContext, REPO_ROOT } from "../fake-check-context";
import type { VercelConfig } from "../vercel-config";
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

const failures = (results: { status: string; name: string }[]) =>
  results.filter((result) => result.status === "fail").map((result) => result.name);

describe("vercel.json checks on the real file", () => {
  it("have no failures (its CSP hosts are placeholders: csp-checks.test.ts)", async () => {
    const ctx = fakeCheckContext();
    expect(failures(await vercelHeadersCheck(ctx))).toEqual([]);
    expect(failures(await vercelRoutingCheck(ctx))).toEqual([]);
  });
});

describe("vercelHeadersCheck", () => {
  it.each([
    "X-Frame-Options",
    "Strict-Transport-Security",
    "Permissions-Policy",
    "Content-Security-Policy",
    "Cache-Control",
    "Cross-Origin-Opener-Policy",
    "Cross-Origin-Resource-Policy",
  ])("fails when %s is removed", async (key) => {
    const rootDir = editedConfig((config) => {
      for (const rule of config.headers!) rule.headers = rule.headers.filter((entry) => entry.key !== key);
    });
    expect(
      failures(await vercelHeadersCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") }))),
    ).toEqual([`vercel.json headers ${key}`]);
  });

  it("fails on a weakened value", async () => {
    const rootDir = editedConfig((config) => {
      config
        .headers!.find((rule) => rule.source === "/(.*)")!
        .headers.find((entry) => entry.key === "X-Content-Type-Options")!.value = "sniff";
    });
    const [result] = await vercelHeadersCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") }));
    expect(result?.detail).toMatch(/has the wrong value .*"nosniff"/);
  });
});

describe("vercelRoutingCheck", () => {
  it("fails when the SPA rewrite also catches /assets", async () => {
    const rootDir = editedConfig((config) => (config.rewrites = [{ source: "/(.*)", destination: "/index.html" }]));
    expect(
      (await vercelRoutingCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))[0],
    ).toMatchObject({ status: "fail", detail: expect.stringMatching(/catches \/assets/) });
  });

  it("fails without an SPA rewrite", async () => {
    const rootDir = editedConfig((config) => delete config.rewrites);
    expect(
      (await vercelRoutingCheck(fakeCheckContext({ vercelConfigPath: join(rootDir, "vercel.json") })))[0]?.detail,
    ).toMatch(/no rewrite sends/);
  });
});
