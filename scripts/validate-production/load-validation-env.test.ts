import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadValidationEnv } from "./load-validation-env";

describe("loadValidationEnv", () => {
  const root = mkdtempSync(join(tmpdir(), "env-"));

  it("uses the process env when there is no .env.production", () => {
    expect(loadValidationEnv(root, undefined, { VITE_A: "1", UNSET: undefined })).toEqual({
      env: { VITE_A: "1" },
      source: "the process environment",
      fromFile: false,
    });
  });

  it("prefers .env.production, then --env-file over it", () => {
    writeFileSync(join(root, ".env.production"), "VITE_A=from-file # comment\n");
    writeFileSync(join(root, "other.env"), 'export VITE_B="quoted"\n');
    expect(loadValidationEnv(root, undefined, { VITE_A: "1" })).toEqual({
      env: { VITE_A: "from-file" },
      source: ".env.production",
      fromFile: true,
    });
    expect(loadValidationEnv(root, "other.env", {}).env).toEqual({ VITE_B: "quoted" });
  });

  it("throws on a missing --env-file instead of silently using another env", () => {
    expect(() => loadValidationEnv(root, "missing.env", {})).toThrow(/no such file/);
  });
});
