import { describe, expect, it } from "vitest";
import { fakeCheckContext } from "./fake-check-context";
import { formatCheckResult, formatSummary } from "./format-check-result";
import { exitCodeFor, runChecks } from "./run-checks";
import type { Check } from "./check-types";

const passing: Check = async () => [{ status: "pass", name: "a", detail: "ok" }];
const warning: Check = async () => [{ status: "warn", name: "b", detail: "hm" }];
const crashing: Check = async function crashingCheck() {
  throw new Error("boom");
};

describe("runChecks", () => {
  it("runs every check in order, turning a crash into a failure", async () => {
    const seen: string[] = [];
    const results = await runChecks([passing, crashing, warning], fakeCheckContext(), (result) =>
      seen.push(result.name),
    );
    expect(results).toEqual([
      { status: "pass", name: "a", detail: "ok" },
      { status: "fail", name: "crashingCheck", detail: "crashed: boom" },
      { status: "warn", name: "b", detail: "hm" },
    ]);
    expect(seen).toEqual(["a", "crashingCheck", "b"]);
  });

  it("exits non-zero on any failure only", async () => {
    expect(exitCodeFor(await runChecks([passing, warning], fakeCheckContext()))).toBe(0);
    expect(exitCodeFor(await runChecks([passing, crashing], fakeCheckContext()))).toBe(1);
  });
});

describe("formatCheckResult", () => {
  it("prints ✓ ✗ ! and indents continuation lines", () => {
    expect(formatCheckResult({ status: "pass", name: "env", detail: "ok" })).toBe("✓ env: ok");
    expect(formatCheckResult({ status: "warn", name: "audit", detail: "could not check" })).toBe(
      "! audit: could not check",
    );
    expect(formatCheckResult({ status: "fail", name: "lint", detail: "exit 1\nsrc/a.ts" })).toBe(
      "✗ lint: exit 1\n    src/a.ts",
    );
  });

  it("summarises the counts", () => {
    expect(
      formatSummary([
        { status: "pass", name: "", detail: "" },
        { status: "fail", name: "", detail: "" },
      ]),
    ).toBe("1 passed, 0 warning(s), 1 failed");
  });
});
