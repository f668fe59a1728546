import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args";

describe("parseCliArgs", () => {
  it("defaults to the full run", () => {
    expect(parseCliArgs([])).toEqual({
      envFile: undefined,
      vercelConfig: undefined,
      skipSlow: false,
      skipBuild: false,
      skipAudit: false,
      printCsp: false,
      help: false,
    });
  });

  it("reads every flag, both --env-file spellings", () => {
    expect(parseCliArgs(["--env-file", "a.env", "--skip-slow", "--skip-build", "--skip-audit", "--print-csp"])).toEqual(
      {
        envFile: "a.env",
        skipSlow: true,
        skipBuild: true,
        skipAudit: true,
        printCsp: true,
        help: false,
      },
    );
    expect(parseCliArgs(["--env-file=b.env"]).envFile).toBe("b.env");
  });

  it.each([[["--env-file"]], [["--env-file", "--skip-slow"]], [["--skip-everything"]]])("rejects %j", (argv) => {
    expect(() => parseCliArgs(argv)).toThrow();
  });
});
