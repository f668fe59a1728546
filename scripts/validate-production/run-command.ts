// The real CommandRunner: spawns without a shell (no quoting surprises),
// captures output for the ✗ detail, and kills the process group on timeout so
// a hung child (e.g. npm waiting on the network) cannot hang the validation.
import { spawn } from "node:child_process";
import type { CommandResult, CommandRunner } from "./check-types";

const MAX_CAPTURED_CHARS = 1_000_000;

export const runCommand: CommandRunner = (command, args, { cwd, env, timeoutMs }) =>
  new Promise<CommandResult>((resolve) => {
    const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-MAX_CAPTURED_CHARS)));
    child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-MAX_CAPTURED_CHARS)));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGTERM");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ exitCode: null, stdout, stderr, timedOut, spawnError: error.message });
    });
    child.on("close", (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, timedOut });
    });
  });
