// Flags of `npm run validate:production -- [flags]`.

export type CliOptions = {
  envFile: string | undefined;
  vercelConfig: string | undefined;
  skipSlow: boolean;
  skipBuild: boolean;
  skipAudit: boolean;
  printCsp: boolean;
  help: boolean;
};

export const USAGE = `Usage: npm run validate:production -- [flags]

Checks that this checkout is safe to deploy to Vercel. Exits non-zero on any ✗.

  --env-file PATH  env to validate (default: .env.production, else the process env)
  --vercel-config PATH  vercel.json to check (default: the repo's)
  --skip-slow      skip typecheck, lint and unit tests (shown as !)
  --skip-build     do not run \`npm run build\`; inspect the existing dist/
  --skip-audit     do not run \`npm audit\` (e.g. offline; shown as !)
  --print-csp      print vercel.json's "headers" for this env (exact CSP hosts,
                   Trusted Types, Sentry violation reports) to paste, and exit
  --help           show this help`;

export function parseCliArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    envFile: undefined,
    vercelConfig: undefined,
    skipSlow: false,
    skipBuild: false,
    skipAudit: false,
    printCsp: false,
    help: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--skip-slow") options.skipSlow = true;
    else if (arg === "--skip-build") options.skipBuild = true;
    else if (arg === "--skip-audit") options.skipAudit = true;
    else if (arg === "--print-csp") options.printCsp = true;
    else if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--env-file") options.envFile = requireValue(arg, argv[++index]);
    else if (arg === "--vercel-config") options.vercelConfig = requireValue(arg, argv[++index]);
    else if (arg?.startsWith("--env-file="))
      options.envFile = requireValue("--env-file", arg.slice("--env-file=".length));
    else throw new Error(`unknown argument: ${arg}`);
  }
  return options;
}

function requireValue(flag: string, value: string | undefined): string {
  if (value === undefined || value === "" || value.startsWith("--")) throw new Error(`${flag} needs a path`);
  return value;
}
