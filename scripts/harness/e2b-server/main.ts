/**
 * CLI: `npx tsx scripts/harness/e2b-server/main.ts [--port 3214]` — prints the env that
 * points the E2B SDK at it and runs until SIGINT/SIGTERM. NOT a sandbox (README.md).
 */
import { parseArgs } from "node:util";
import { startE2bServer } from "./server.ts";

const { values } = parseArgs({ options: { port: { type: "string", default: "0" } } });
const server = await startE2bServer({ port: Number(values.port) });
console.log(`Offline E2B stand-in on ${server.url} (NOT a sandbox: development and tests only)`);
console.log(`  E2B_API_KEY=${server.apiKey} E2B_API_URL=${server.url} E2B_SANDBOX_URL=${server.url}`);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void server.close().then(() => process.exit(0)));
