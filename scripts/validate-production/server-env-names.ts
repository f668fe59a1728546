// Variables the server side reads. None of them may reach the browser.
import { PROVIDERS } from "../../rules/providers";

// Secrets Convex functions read: set with `npx convex env set --prod NAME …`.
export const CONVEX_SECRET_NAMES = [
  // Every registry provider's key variables (rules/providers/).
  ...PROVIDERS.flatMap((entry) => [entry.env.key, entry.env.keys]),
  "CLERK_SECRET_KEY",
  "METRICS_TOKEN",
  // Code execution (issue 17): E2B's key belongs on the server, never in a VITE_ variable.
  "E2B_API_KEY",
] as const;

// Non-secret Convex settings: harmless in Vercel's env but ignored there,
// which is the real mistake (the backend silently runs on defaults).
const CONVEX_SETTING_NAMES = [
  "CLERK_JWT_ISSUER_DOMAIN",
  ...PROVIDERS.map((entry) => entry.env.baseUrl),
  "ADMIN_EMAILS",
  "RETENTION_DAYS",
  "E2B_RUN_TIMEOUT_MS",
  "E2B_API_URL",
  "E2B_SANDBOX_URL",
  "E2B_DOMAIN",
  // The server cache and its prepared-answer pool (issue 14).
  "CACHE_TTL_MINUTES",
  "CACHE_SHARED_SCOPE",
  "CACHE_POOL_DAILY_CALLS",
  "CACHE_POOL_WINDOW_UTC",
  "CACHE_POOL_MIN_SIZE",
  "CACHE_POOL_REFRESH_HOURS",
] as const;
const CONVEX_SETTING_PREFIX = "LLM_";

// Secrets the Vercel build itself needs (deploy Convex, upload source maps):
// right in Vercel's env, wrong with a VITE_ prefix.
export const BUILD_SECRET_NAMES = ["CONVEX_DEPLOY_KEY", "SENTRY_AUTH_TOKEN"] as const;

export function isConvexSetting(name: string): boolean {
  return (CONVEX_SETTING_NAMES as readonly string[]).includes(name) || name.startsWith(CONVEX_SETTING_PREFIX);
}

// Makes Convex trust the offline stack's dev sign-in tokens (convex/auth.config.ts):
// in a production env it would let anyone mint a session.
export const DEV_ONLY_SERVER_NAMES = ["DEV_AUTH_ISSUER"] as const;
