import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { nodePrelude, pythonPrelude } from "./preludes.ts";

export type ChildLimits = { memoryBytes: number };

/** TypeScript runs as the JavaScript it compiles to (types stripped; no type check, as E2B's kernel). */
function toJavaScript(code: string): string {
  return ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
}

/**
 * Starts the user's code in its own process group, in an empty temporary
 * directory, with an environment that carries nothing of the server's (no keys).
 * NOT isolation: the process runs as this user with this machine's network and files.
 */
export function startChild(
  language: string,
  code: string,
  limits: ChildLimits,
): { child: ChildProcess; cleanup: () => void } {
  const cwd = mkdtempSync(join(tmpdir(), "e2b-standin-"));
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: cwd,
    PYTHONUNBUFFERED: "1",
    PYTHONDONTWRITEBYTECODE: "1",
  };
  const python = language === "python";
  const memoryMb = Math.max(32, Math.floor(limits.memoryBytes / 1_048_576));
  const child = python
    ? spawn("python3", ["-u", "-c", pythonPrelude(limits.memoryBytes)], { cwd, env, detached: true })
    : spawn(process.execPath, [`--max-old-space-size=${memoryMb}`, "-e", nodePrelude], { cwd, env, detached: true });
  child.stdin!.end(language === "typescript" ? toJavaScript(code) : code);
  child.stdin!.on("error", () => {}); // the child may exit before reading its code
  return { child, cleanup: () => rmSync(cwd, { recursive: true, force: true }) };
}

/** Kills the child and anything it started (its process group). */
export function killChild(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
}
