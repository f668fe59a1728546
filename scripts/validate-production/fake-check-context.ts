// Test helpers: a CheckContext over fixtures, and a command runner that
// records calls instead of running npm (tests never build or audit for real).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadValidationEnv } from "./load-validation-env";
import type { CheckContext, CommandOptions, CommandResult, CommandRunner } from "./check-types";

export const FIXTURES_DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export function envFixture(name: string): Record<string, string> {
  return loadValidationEnv(FIXTURES_DIR, `env/${name}.env`, {}).env;
}

export function distFixture(name: string): string {
  return join(FIXTURES_DIR, name);
}

export type RecordedCall = { command: string; args: readonly string[]; options: CommandOptions };

export function fakeRunner(result: Partial<CommandResult> = {}): CommandRunner & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const runner = async (command: string, args: readonly string[], options: CommandOptions): Promise<CommandResult> => {
    calls.push({ command, args, options });
    return { exitCode: 0, stdout: "", stderr: "", timedOut: false, ...result };
  };
  return Object.assign(runner, { calls });
}

export function fakeCheckContext(overrides: Partial<CheckContext> = {}): CheckContext {
  return {
    rootDir: REPO_ROOT,
    distDir: distFixture("dist-clean"),
    vercelConfigPath: join(REPO_ROOT, "vercel.json"),
    env: envFixture("clean"),
    envSource: "test.env",
    skipSlow: false,
    skipBuild: true,
    skipAudit: false,
    parentEnv: { PATH: "/usr/bin" },
    runCommand: async () => {
      throw new Error("this test did not expect a command to run");
    },
    ...overrides,
  };
}
