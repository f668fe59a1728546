// The import rules of eslint.config.js, proved on planted code: each forbidden
// direction fails lint with the rule that guards it, each allowed one passes.
// Planted sources go through lintText with a path inside the real tree, so the
// resolver sees the real files they import; nothing is written to disk.
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// No trailing slash: with one, the TypeScript resolver finds no tsconfig and the `@/` aliases go unresolved (and unchecked).
const root = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
// ignore: false so the fixtures folder (ignored by `npm run lint`) can be linted here; no-unresolved
// so an allowed case cannot pass only because its import went unresolved (zones skip what they cannot resolve).
const eslint = new ESLint({
  cwd: root,
  ignore: false,
  overrideConfig: { rules: { "import-x/no-unresolved": "error" } },
});

/** Rule ids reported for a planted file at `filePath` that imports `specifiers` (all used, so only import rules fire). */
async function ruleIdsOf(filePath: string, specifiers: string[]): Promise<string[]> {
  const imports = specifiers.map((specifier, index) => `import * as m${index} from "${specifier}";`);
  const code = [...imports, `export default [${specifiers.map((_, index) => `m${index}`).join(", ")}];`, ""].join("\n");
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result!.messages.map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

const RESTRICTED = "import-x/no-restricted-paths";
const TIMEOUT_MS = 60_000;

describe("forbidden imports fail lint", { timeout: TIMEOUT_MS }, () => {
  it.each([
    [
      "a feature importing another feature by a relative path",
      "src/features/chat/planted.ts",
      "../admin/format",
      RESTRICTED,
    ],
    [
      "a feature importing another feature from deeper inside",
      "src/features/chat/send/planted.ts",
      "../../admin/format",
      RESTRICTED,
    ],
    [
      "a feature importing another feature through the @/ alias",
      "src/features/chat/planted.ts",
      "@/features/admin/format",
      RESTRICTED,
    ],
    [
      "the browser importing Convex internals",
      "src/lib/byok/planted.ts",
      "../../../convex/providers/resilience/config",
      RESTRICTED,
    ],
    [
      "the browser importing Convex's generated server helpers",
      "src/lib/planted.ts",
      "../../convex/_generated/server",
      RESTRICTED,
    ],
    [
      "the browser importing a test harness",
      "src/lib/planted.ts",
      "../../scripts/harness/llm-server/types",
      RESTRICTED,
    ],
    [
      "a browser test importing a script outside the harness tree",
      "e2e/planted.spec.ts",
      "../scripts/validate-production/vercel-config",
      RESTRICTED,
    ],
    [
      "a script importing the browser tests' support",
      "scripts/bench/planted.ts",
      "../../e2e/support/stack-config",
      RESTRICTED,
    ],
    [
      "a harness importing the browser tests' support",
      "scripts/harness/planted.ts",
      "../../e2e/support/stack-config",
      RESTRICTED,
    ],
    ["Convex importing the browser app", "convex/chat/planted.ts", "../../src/lib/stored-setting", RESTRICTED],
    ["rules importing the browser app", "rules/planted.ts", "../src/lib/stored-setting", RESTRICTED],
    ["rules importing Convex", "rules/planted.ts", "../convex/providers/resilience/config", RESTRICTED],
    ["rules importing the browser app through the @/ alias", "rules/planted.ts", "@/lib/stored-setting", RESTRICTED],
    ["rules importing an npm package", "rules/planted.ts", "zod", RESTRICTED],
    ["rules importing a Node built-in", "rules/planted.ts", "node:fs", "import-x/no-nodejs-modules"],
  ])("%s", async (_name, filePath, specifier, rule) => {
    expect(await ruleIdsOf(filePath, [specifier])).toEqual([rule]);
  });

  it("an import cycle", async () => {
    const [result] = await eslint.lintFiles([`${root}/scripts/lint/fixtures/cycle-a.ts`]);
    expect(result!.messages.map((message) => message.ruleId)).toEqual(["import-x/no-cycle"]);
  });
});

describe("allowed imports pass lint", { timeout: TIMEOUT_MS }, () => {
  it.each([
    ["the browser importing rules", "src/features/chat/planted.ts", ["../../../rules/errors", "@rules/errors"]],
    ["a feature importing src/lib through the @/ alias", "src/features/chat/planted.ts", ["@/lib/stored-setting"]],
    [
      "the browser importing the generated Convex API",
      "src/lib/planted.ts",
      ["../../convex/_generated/api", "../../convex/_generated/api.js"],
    ],
    [
      "a feature importing itself and src/lib",
      "src/features/admin/planted.ts",
      ["./format", "../../lib/stored-setting"],
    ],
    ["Convex importing rules", "convex/chat/planted.ts", ["../../rules/errors"]],
    ["rules importing rules", "rules/input/planted.ts", ["../errors", "./length"]],
    [
      "a test importing another feature and Convex internals",
      "src/features/chat/planted.test.ts",
      ["../admin/format", "../../../convex/providers/resilience/config"],
    ],
    [
      "a rules test importing Node and the browser app",
      "rules/planted.test.ts",
      ["node:fs", "../src/lib/stored-setting"],
    ],
    [
      "a harness importing anything outside e2e",
      "scripts/harness/planted.ts",
      [
        "../validate-production/vercel-config",
        "../../convex/providers/resilience/config",
        "../../src/lib/stored-setting",
      ],
    ],
    [
      "a browser test importing the harness tree",
      "e2e/planted.spec.ts",
      ["../scripts/harness/process-group", "../scripts/harness/llm-server/control"],
    ],
  ])("%s", async (_name, filePath, specifiers) => {
    expect(await ruleIdsOf(filePath, specifiers)).toEqual([]);
  });

  it("the browser importing data model types", async () => {
    const code = `import type { Id } from "../../convex/_generated/dataModel";\nexport type UserId = Id<"users">;\n`;
    const [result] = await eslint.lintText(code, { filePath: `${root}/src/lib/planted.ts` });
    expect(result!.messages).toEqual([]);
  });
});
