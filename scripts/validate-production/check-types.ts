// Shapes shared by every check, the runner and the CLI.

export type CheckStatus = "pass" | "fail" | "warn";

// `detail` says what was found and, on fail, exactly what to fix. It must
// never contain the value of an env variable.
export type CheckResult = { status: CheckStatus; name: string; detail: string };

export type CommandResult = {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  // Set when the process could not be started at all (e.g. npm not on PATH).
  spawnError?: string;
};

export type CommandOptions = { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number };

// Injected so tests can fake npm instead of building or calling the registry.
export type CommandRunner = (
  command: string,
  args: readonly string[],
  options: CommandOptions,
) => Promise<CommandResult>;

export type CheckContext = {
  rootDir: string;
  distDir: string;
  vercelConfigPath: string;
  // The env being validated: the env file's entries, or the process env.
  env: Readonly<Record<string, string>>;
  envSource: string;
  skipSlow: boolean;
  skipBuild: boolean;
  skipAudit: boolean;
  // The environment children inherit, before secrets are stripped from it.
  parentEnv: NodeJS.ProcessEnv;
  runCommand: CommandRunner;
};

export type Check = (ctx: CheckContext) => Promise<CheckResult[]>;
