// `npm run validate:production` minus process plumbing, so tests can run it
// with a fake command runner and capture what it prints.
import { join } from "node:path";
import { parseCliArgs, USAGE } from "./cli-args";
import { formatCheckResult, formatSummary } from "./format-check-result";
import { loadValidationEnv } from "./load-validation-env";
import { PRODUCTION_CHECKS } from "./production-checks";
import { printableHeaders } from "./vercel-headers-for-env";
import { exitCodeFor, runChecks } from "./run-checks";
import type { Check, CommandRunner } from "./check-types";

export type ValidationIo = {
  rootDir: string;
  processEnv: NodeJS.ProcessEnv;
  runCommand: CommandRunner;
  write: (line: string) => void;
  checks?: readonly Check[];
};

// Exit codes: 0 all passed (warnings allowed), 1 a check failed, 2 bad usage.
export async function runValidation(argv: readonly string[], io: ValidationIo): Promise<number> {
  let options;
  let loaded;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      io.write(USAGE);
      return 0;
    }
    loaded = loadValidationEnv(io.rootDir, options.envFile, io.processEnv);
  } catch (error) {
    io.write(`✗ ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.printCsp) {
    io.write(
      `// vercel.json "headers" for the env from ${loaded.source}; paste over the existing "headers".\n${printableHeaders(loaded.env)}`,
    );
    return 0;
  }
  const hint = loaded.fromFile
    ? ""
    : " (no .env.production: `vercel env pull .env.production --environment=production` makes one)";
  io.write(`Validating production readiness; env from ${loaded.source}${hint}\n`);
  const results = await runChecks(
    io.checks ?? PRODUCTION_CHECKS,
    {
      rootDir: io.rootDir,
      distDir: join(io.rootDir, "dist"),
      vercelConfigPath: options.vercelConfig ?? join(io.rootDir, "vercel.json"),
      env: loaded.env,
      envSource: loaded.source,
      skipSlow: options.skipSlow,
      skipBuild: options.skipBuild,
      skipAudit: options.skipAudit,
      parentEnv: io.processEnv,
      runCommand: io.runCommand,
    },
    (result) => io.write(formatCheckResult(result)),
  );
  const exitCode = exitCodeFor(results);
  io.write(`\n${formatSummary(results)}: ${exitCode === 0 ? "ready to deploy" : "fix every ✗ before deploying"}`);
  return exitCode;
}
