import { describe, expect, it } from "vitest";
import { fakeCheckContext, fakeRunner } from "../fake-check-context";
import { npmScriptCheck } from "./npm-script-check";

const typecheck = npmScriptCheck("typecheck", "fix the type errors");

describe("npmScriptCheck", () => {
  it("passes when the script exits 0, run without secrets in its env", async () => {
    const runCommand = fakeRunner({ exitCode: 0 });
    const results = await typecheck(fakeCheckContext({ runCommand, parentEnv: { PATH: "/bin", GROQ_API_KEY: "x" } }));
    expect(results).toEqual([{ status: "pass", name: "npm run typecheck", detail: "passed" }]);
    expect(runCommand.calls.map((call) => [call.command, ...call.args])).toEqual([["npm", "run", "typecheck"]]);
    expect(runCommand.calls[0]?.options.env).toEqual({ PATH: "/bin" });
  });

  it("fails with what to fix and the tail of the output", async () => {
    const runCommand = fakeRunner({
      exitCode: 2,
      stdout: "src/a.ts(1,1): error TS2322: nope\n",
      stderr: "npm error Lifecycle script failed\n",
    });
    const [result] = await typecheck(fakeCheckContext({ runCommand }));
    expect(result?.status).toBe("fail");
    expect(result?.detail).toBe(
      "exit code 2: fix the type errors (run `npm run typecheck` to see everything)\nsrc/a.ts(1,1): error TS2322: nope",
    );
  });

  it("is a visible warning with --skip-slow and runs nothing", async () => {
    const runCommand = fakeRunner();
    expect((await typecheck(fakeCheckContext({ skipSlow: true, runCommand })))[0]?.status).toBe("warn");
    expect(runCommand.calls).toEqual([]);
  });

  it("fails when package.json lacks the script", async () => {
    const [result] = await npmScriptCheck("no-such-script", "x")(fakeCheckContext());
    expect(result?.detail).toMatch(/no "no-such-script" script/);
  });
});
