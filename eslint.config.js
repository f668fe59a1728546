import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist", "dist-e2e", "dist-e2e-*", "dist-bench", "dist-bench-*", "dist-lighthouse", "dist-lighthouse-*", "node_modules", "convex/_generated", "test-results", "test-results-*", "playwright-report", ".local-stack"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js,mjs}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // bulletproof-react: features never import each other.
    files: ["src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/features/*/**", "!./**"], message: "No cross-feature imports: lift shared code to src/lib or src/components." }] }],
    },
  },
);
