import { readdirSync } from "node:fs";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

const root = import.meta.dirname;

// Tests and harnesses may import anything; the import rules below bind product code only.
const TEST_FILES = ["**/*.test.{ts,tsx}", "**/*.test-helpers.ts", "**/*.test-data.ts", "**/test.setup.ts"];

// One zone per feature folder: a feature imports only itself (shared code lives in src/lib, src/components).
const features = readdirSync(`${root}/src/features`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
const featureZones = features.map(({ name }) => ({
  target: `./src/features/${name}`,
  from: "./src/features",
  except: [`./${name}`],
  message: "Features never import one another: lift shared code to src/lib or src/components.",
}));

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-e2e",
      "dist-e2e-*",
      "dist-bench",
      "dist-bench-*",
      "dist-lighthouse",
      "dist-lighthouse-*",
      "node_modules",
      "convex/_generated",
      "test-results",
      "test-results-*",
      "playwright-report",
      ".local-stack",
      "scripts/lint/fixtures",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      // As in importX.flatConfigs.typescript: without these, no-cycle never parses .ts/.tsx files and sees no cycle.
      "import-x/extensions": [".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: [`${root}/tsconfig.json`, `${root}/convex/tsconfig.json`],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Type-only imports are erased, so they cannot form a runtime cycle and are not counted.
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The browser app: rules, its own code, and from Convex only the generated client API and data model types.
    files: ["src/**/*.{ts,tsx}"],
    ignores: TEST_FILES,
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            {
              target: "./src",
              from: "./convex",
              except: ["./_generated/api.js", "./_generated/api.d.ts", "./_generated/dataModel.d.ts"],
              message: "The browser imports only convex/_generated/api and dataModel types: put shared code in rules/.",
            },
            {
              target: "./src",
              from: ["./scripts", "./e2e"],
              message: "Product code never imports the test harnesses.",
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
  {
    // The backend: rules and itself, never the browser app or the harnesses.
    files: ["convex/**/*.{ts,tsx,js}"],
    ignores: TEST_FILES,
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            {
              target: "./convex",
              from: ["./src", "./scripts", "./e2e"],
              message: "Convex imports only rules/ and itself.",
            },
          ],
        },
      ],
    },
  },
  {
    // Browser tests reach the harnesses (stack, LLM server, browser finder…) only through scripts/harness.
    files: ["e2e/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            {
              target: "./e2e",
              from: "./scripts",
              except: ["./harness"],
              message: "e2e imports scripts/ only through scripts/harness.",
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts (bench, lint, validate-production, the harnesses themselves) never import the browser tests.
    files: ["scripts/**/*.{ts,tsx,js,mjs}"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            {
              target: "./scripts",
              from: "./e2e",
              message: "scripts/ never imports e2e/: shared harness code lives in scripts/harness.",
            },
          ],
        },
      ],
    },
  },
  {
    // rules/ is the pure core both sides import: it imports nothing but itself (no packages, no Node built-ins).
    files: ["rules/**/*.ts"],
    ignores: TEST_FILES,
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            { target: "./rules", from: ".", except: ["./rules"], message: "rules/ imports nothing outside rules/." },
          ],
        },
      ],
      "import-x/no-nodejs-modules": "error",
    },
  },
);
