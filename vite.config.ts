import { sentryVitePlugin } from "@sentry/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Source maps exist only to be uploaded to Sentry: built when a Sentry auth
// token is present (the Vercel build), uploaded, then deleted so `dist/`
// never serves them. Without a token no maps are built at all.
const uploadSourceMaps = Boolean(process.env.SENTRY_AUTH_TOKEN && process.env.SENTRY_ORG && process.env.SENTRY_PROJECT);

export default defineConfig({
  plugins: [
    react(),
    uploadSourceMaps &&
      sentryVitePlugin({
        org: process.env.SENTRY_ORG,
        project: process.env.SENTRY_PROJECT,
        authToken: process.env.SENTRY_AUTH_TOKEN,
        release: { name: process.env.VITE_APP_RELEASE },
        sourcemaps: { filesToDeleteAfterUpload: ["dist/**/*.map"] },
        telemetry: false,
      }),
  ],
  // The `@/` and `@rules/` aliases, from tsconfig.json's paths (one place for every tool).
  resolve: { tsconfigPaths: true },
  server: { port: 5173, strictPort: false },
  build: { sourcemap: uploadSourceMaps ? "hidden" : false, target: "es2022" },
});
