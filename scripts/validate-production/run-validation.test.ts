import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR, REPO_ROOT, fakeRunner } from "./fake-check-context";
import { ENV_CHECKS } from "./production-checks";
import { runValidation } from "./run-validation";

async function validate(argv: string[]) {
  const lines: string[] = [];
  const exitCode = await runValidation(argv, {
    rootDir: REPO_ROOT,
    processEnv: {},
    runCommand: fakeRunner(),
    write: (line) => lines.push(line),
    checks: ENV_CHECKS,
  });
  return { exitCode, output: lines.join("\n") };
}

describe("runValidation", () => {
  it("exits 0 on the clean env fixture", async () => {
    const { exitCode, output } = await validate(["--env-file", join(FIXTURES_DIR, "env/clean.env")]);
    expect(output).toContain("env from scripts/validate-production/fixtures/env/clean.env");
    expect(exitCode).toBe(0);
  });

  it("exits 1 on a planted secret, naming the variable without printing it", async () => {
    const { exitCode, output } = await validate(["--env-file", join(FIXTURES_DIR, "env/vite-groq-key.env")]);
    expect(exitCode).toBe(1);
    expect(output).toMatch(/^✗ secrets VITE_GROQ_API_KEY: /m);
    expect(output).not.toContain("gsk_TESTONLY");
    expect(output).toMatch(/fix every ✗ before deploying$/);
  });

  it("--print-csp prints the headers for the env, which the CSP checks then pass", async () => {
    const { exitCode, output } = await validate(["--env-file", join(FIXTURES_DIR, "env/clean.env"), "--print-csp"]);
    expect(exitCode).toBe(0);
    const headers = JSON.parse(output.slice(output.indexOf("[")));
    const configured = JSON.parse(readFileSync(join(FIXTURES_DIR, "vercel/configured.json"), "utf8"));
    expect(headers).toEqual(configured.headers);
  });

  it("exits 2 on bad usage and 0 on --help", async () => {
    expect((await validate(["--nope"])).exitCode).toBe(2);
    expect((await validate(["--env-file", "missing.env"])).output).toMatch(/no such file/);
    expect(await validate(["--help"])).toMatchObject({ exitCode: 0, output: expect.stringMatching(/^Usage:/) });
  });
});

describe("cli.mjs", () => {
  it("runs the TypeScript CLI through tsx", () => {
    const run = spawnSync("node", [join(REPO_ROOT, "scripts/validate-production/cli.mjs"), "--help"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--skip-slow/);
  }, 30_000);
});
