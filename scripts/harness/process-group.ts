import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

/**
 * Starts a command as the leader of its own process group, so stopping it
 * also stops what it spawned (npx → tsx → node; vite preview), leaving no
 * process behind.
 */
export function spawnGroup(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  if (child.pid === undefined) throw new Error(`could not start ${command} ${args.join(" ")}`);
  return child;
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** SIGTERM the whole group (graceful shutdown), then SIGKILL whatever is left after `graceMs`. */
export async function stopGroup(pgid: number, graceMs = 5_000): Promise<void> {
  signalGroup(pgid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (groupAlive(pgid)) signalGroup(pgid, "SIGKILL");
}
