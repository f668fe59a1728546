// The one schema for the browser's Vite env. The app checks it at start-up
// (parseClientEnv) and `npm run validate:production` checks a stricter
// extension of it (production-env-schema.ts), so both agree on what is valid.
//
// zod/mini, not zod: it tree-shakes to ~5 kB gzip where classic zod pulls in
// far more, and this file ships in the first-route bundle (budget 125 kB).
//
// Messages say how to fix and never include the value: a misplaced secret
// must not end up in a console, a Sentry event or a CI log.
import * as z from "zod/mini";
import { perBrowserBaseUrlEnv } from "@rules/providers";

const HTTP_OR_HTTPS = /^https?$/;
const CLERK_PUBLISHABLE_KEY = /^pk_(?:test|live)_[A-Za-z0-9+/=_-]+$/;
const POSTHOG_PROJECT_KEY = /^phc_[A-Za-z0-9]+$/;
// Sentry rejects release names with whitespace or slashes, or longer than 200.
const SENTRY_RELEASE = /^[^\s/\\]{1,200}$/;

export const clientEnvSchema = z.object({
  VITE_CONVEX_URL: z.url({
    protocol: HTTP_OR_HTTPS,
    error: (issue) =>
      issue.input === undefined
        ? "required: the Convex deployment URL (`npx convex dev` writes it to .env.local)"
        : "must be an http(s) URL such as https://<deployment>.convex.cloud",
  }),
  // Unset in dev means "use the dev sign-in" instead of Clerk.
  VITE_CLERK_PUBLISHABLE_KEY: z.optional(
    z
      .string()
      .check(
        z.regex(
          CLERK_PUBLISHABLE_KEY,
          "must be a Clerk publishable key, pk_test_… or pk_live_… (Clerk dashboard → API keys)",
        ),
      ),
  ),
  VITE_SENTRY_DSN: z.optional(
    z.url({ protocol: HTTP_OR_HTTPS, error: "must be a Sentry DSN URL (Sentry → Project settings → Client Keys)" }),
  ),
  VITE_PUBLIC_POSTHOG_KEY: z.optional(
    z
      .string()
      .check(z.regex(POSTHOG_PROJECT_KEY, "must be a PostHog project API key, phc_… (PostHog → Project settings)")),
  ),
  VITE_PUBLIC_POSTHOG_HOST: z.optional(
    z.url({
      protocol: HTTP_OR_HTTPS,
      error: "must be a URL such as https://us.i.posthog.com or https://eu.i.posthog.com",
    }),
  ),
  VITE_APP_RELEASE: z.optional(
    z
      .string()
      .check(
        z.regex(SENTRY_RELEASE, "must be 1–200 characters without whitespace or slashes (used as the Sentry release)"),
      ),
  ),
  // Where Settings live-checks a bring-your-own key (GET {base}/models). Unset:
  // the providers' public APIs. The offline stack points them at its LLM server.
  // One per registry provider (rules/providers/).
  ...perBrowserBaseUrlEnv((entry) =>
    z.optional(z.url({ protocol: HTTP_OR_HTTPS, error: `must be an http(s) URL such as ${entry.baseUrl}` })),
  ),
  // Local dev only: where the dev sign-in gets its tokens.
  VITE_DEV_AUTH_URL: z.optional(
    z.url({ protocol: HTTP_OR_HTTPS, error: "must be an http(s) URL such as http://127.0.0.1:8787" }),
  ),
});

export type ClientEnv = z.infer<typeof clientEnvSchema>;
