// What the CSP in vercel.json must allow for the app's own services, and what
// it must never allow. Sources per Clerk's, Cloudflare Turnstile's, Convex's,
// Sentry's and PostHog's CSP guidance.
export const REQUIRED_CSP_SOURCES: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  // Clerk dev instances (preview deploys) load clerk-js from their FAPI;
  // Cloudflare's bot challenge runs on Clerk's sign-up.
  "script-src": ["'self'", "https://*.clerk.accounts.dev", "https://challenges.cloudflare.com"],
  "connect-src": [
    "'self'",
    "https://*.clerk.accounts.dev",
    "https://*.convex.cloud",
    "wss://*.convex.cloud",
    "https://*.ingest.sentry.io",
    "https://*.ingest.us.sentry.io",
    "https://us.i.posthog.com",
    "https://eu.i.posthog.com",
    // Settings live-checks bring-your-own keys against the providers (GET /models).
    "https://api.groq.com",
    "https://openrouter.ai",
  ],
  "img-src": ["https://img.clerk.com"],
  // Clerk's components style themselves at runtime.
  "style-src": ["'self'", "'unsafe-inline'"],
  "frame-src": ["https://challenges.cloudflare.com"],
  "worker-src": ["'self'", "blob:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

// Directives that must be exactly their required value (nothing added).
export const EXACT_CSP_DIRECTIVES = ["object-src", "frame-ancestors"] as const;

// Any of these in script-src re-opens the XSS hole the CSP exists to close.
export const FORBIDDEN_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "*", "https:", "http:", "data:", "blob:"] as const;

// The production Clerk Frontend API host ships as a placeholder in vercel.json.
export const CLERK_FAPI_PLACEHOLDER = "YOUR_DOMAIN";
