// Entry point of `npm run validate:production` (via cli.mjs → tsx).
import { fileURLToPath } from "node:url";
import { runCommand } from "./run-command";
import { runValidation } from "./run-validation";

// The repo root, wherever the command is started from.
const rootDir = fileURLToPath(new URL("../..", import.meta.url));

process.exitCode = await runValidation(process.argv.slice(2), {
  rootDir,
  processEnv: process.env,
  runCommand,
  write: (line) => console.log(line),
});
