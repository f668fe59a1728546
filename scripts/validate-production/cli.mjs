// package.json runs this file; the CLI is TypeScript, so hand it to tsx.
import { spawnSync } from "node:child_process";
process.exitCode =
  spawnSync("npx", ["tsx", new URL("./cli.ts", import.meta.url).pathname, ...process.argv.slice(2)], {
    stdio: "inherit",
  }).status ?? 1;
