import { describe, expect, it } from "vitest";
import { fakeCheckContext, fakeRunner } from "../fake-check-context";
import { npmAuditCheck } from "./npm-audit-check";

describe("npmAuditCheck", () => {
  it("runs npm audit for production dependencies with a secret-free env", async () => {
    const runCommand = fakeRunner({ exitCode: 1, stdout: "not json" });
    const results = await npmAuditCheck(fakeCheckContext({ runCommand, parentEnv: { PATH: "/bin", NPM_TOKEN: "x" } }));
    expect(runCommand.calls[0]?.args).toEqual(["audit", "--omit=dev", "--json"]);
    expect(runCommand.calls[0]?.options.env).toEqual({ PATH: "/bin" });
    expect(results[0]?.status).toBe("warn");
  });

  it("is a visible warning when skipped", async () => {
    expect((await npmAuditCheck(fakeCheckContext({ skipAudit: true })))[0]).toMatchObject({
      status: "warn",
      detail: expect.stringMatching(/skipped/),
    });
  });
});
