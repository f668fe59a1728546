import { describe, expect, it } from "vitest";
import { runCommand } from "./run-command";

const options = { cwd: process.cwd(), env: { PATH: process.env.PATH }, timeoutMs: 10_000 };

describe("runCommand", () => {
  it("captures output and the exit code", async () => {
    const result = await runCommand(
      process.execPath,
      ["-e", "console.log('out'); console.error('err'); process.exit(3)"],
      options,
    );
    expect(result).toEqual({ exitCode: 3, stdout: "out\n", stderr: "err\n", timedOut: false });
  });

  it("passes only the given env", async () => {
    const result = await runCommand(process.execPath, ["-e", "console.log(Object.keys(process.env).sort().join())"], {
      ...options,
      env: { PATH: process.env.PATH, OTHER: "1" },
    });
    expect(result.stdout).toBe("OTHER,PATH\n");
  });

  it("kills a child that outlives the timeout", async () => {
    const result = await runCommand(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], {
      ...options,
      timeoutMs: 300,
    });
    expect(result.timedOut).toBe(true);
    expect(result.exitCode).not.toBe(0);
  });

  it("reports a command that cannot start", async () => {
    expect((await runCommand("no-such-command-xyz", [], options)).spawnError).toMatch(/ENOENT/);
  });
});
