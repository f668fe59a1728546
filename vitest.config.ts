import { defineConfig } from "vitest/config";

// Two projects: Convex functions run in the edge-runtime (as convex-test
// recommends, close to Convex's V8 isolate); everything else runs in Node.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "convex",
          environment: "edge-runtime",
          include: ["convex/**/*.test.ts"],
          server: { deps: { inline: ["convex-test"] } },
        },
      },
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["rules/**/*.test.ts", "src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
