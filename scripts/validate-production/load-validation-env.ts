// Which env to validate: `--env-file PATH`, else `.env.production` in the repo
// root (`vercel env pull .env.production --environment=production` makes
// one), else the process env (as on Vercel's build machine).
// Parsed with node:util parseEnv (dotenv syntax); `${VAR}` expansion, which
// Vite also applies, is not done here.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseEnv } from "node:util";

export type ValidationEnv = { env: Record<string, string>; source: string; fromFile: boolean };

export function loadValidationEnv(
  rootDir: string,
  envFile: string | undefined,
  processEnv: NodeJS.ProcessEnv,
): ValidationEnv {
  const file = envFile === undefined ? join(rootDir, ".env.production") : resolve(rootDir, envFile);
  if (existsSync(file)) {
    return {
      env: definedValues(parseEnv(readFileSync(file, "utf8"))),
      source: relative(rootDir, file) || file,
      fromFile: true,
    };
  }
  if (envFile !== undefined) {
    throw new Error(`--env-file ${envFile}: no such file`);
  }
  return { env: definedValues(processEnv), source: "the process environment", fromFile: false };
}

function definedValues(env: NodeJS.Dict<string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}
