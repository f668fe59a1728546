/**
 * CLI: `npx tsx scripts/harness/llm-server/main.ts [--port 3212] [--host 127.0.0.1]`.
 * Prints the base URLs to put in each provider's base URL variable (GROQ_BASE_URL…) and
 * runs until SIGINT or SIGTERM.
 */
import { parseArgs } from "node:util";
import { PROVIDERS } from "../../../rules/providers/index.ts";
import { startLlmServer } from "./server.ts";

const { values } = parseArgs({
  options: { port: { type: "string", default: "0" }, host: { type: "string", default: "127.0.0.1" } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid --port: ${values.port}`);
  process.exit(2);
}

const server = await startLlmServer({ port, host: values.host });
console.log(`Offline LLM server listening on ${server.url}`);
for (const entry of PROVIDERS) console.log(`  ${entry.env.baseUrl}=${server.url}${entry.harness.sdk}`);
console.log(`  control API: ${server.url}/__control (see scripts/harness/llm-server/README.md)`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Received ${signal}; stopping the offline LLM server.`);
  await server.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
