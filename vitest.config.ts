import { defineConfig } from "vitest/config";

export default defineConfig({
  // The `@/` and `@rules/` aliases, from tsconfig.json's paths (the projects below inherit it).
  resolve: { tsconfigPaths: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "convex",
          // Node rather than edge-runtime: these tests also start the local
          // LLM server, which needs node:http.
          environment: "node",
          include: ["convex/**/*.test.ts"],
          server: { deps: { inline: ["convex-test"] } },
        },
      },
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["rules/**/*.test.ts", "src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
