import { existsSync, readFileSync, rmSync } from "node:fs";
import { stopIngestServer } from "./ingest-server";
import { stopGroup } from "../../scripts/harness/process-group";
import { BUILD_DIR, STACK_STATE_FILE } from "./stack-config";

// What the setup starts; a recorded pid running anything else has been reused.
const OUR_COMMANDS = /offline-stack|vite|serve-like-vercel/;

function stillOurs(pgid: number): boolean {
  try {
    return OUR_COMMANDS.test(readFileSync(`/proc/${pgid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

/** Stops every process group the global setup started (recorded in STACK_STATE_FILE). */
export async function stopStartedGroups({ onlyIfStillOurs = false } = {}): Promise<void> {
  if (!existsSync(STACK_STATE_FILE)) return;
  const { pgids } = JSON.parse(readFileSync(STACK_STATE_FILE, "utf8")) as { pgids: number[] };
  // Newest first: the app server before the backend it talks to.
  for (const pgid of [...pgids].reverse()) {
    if (!onlyIfStillOurs || stillOurs(pgid)) await stopGroup(pgid);
  }
  rmSync(STACK_STATE_FILE, { force: true });
}

export default async function globalTeardown(): Promise<void> {
  await stopStartedGroups();
  await stopIngestServer();
  // The offline build is this run's artifact; left behind, `eslint .` would lint its minified chunks.
  rmSync(BUILD_DIR, { recursive: true, force: true });
}
