// The client env schema, tightened for a production deploy. Built with
// `extend` (not a refinement on the whole object) so that every bad variable
// is reported in one pass instead of stopping at the first failing field.
// Kept out of env-schema.ts so it never ships in the browser bundle.
import * as z from "zod/mini";
import { perBrowserBaseUrlEnv } from "@rules/providers";
import { clerkFrontendApiFromPublishableKey } from "./clerk-frontend-api";
import { clientEnvSchema } from "./env-schema";

const CONVEX_CLOUD_URL = /^https:\/\/[a-z0-9]+(?:-[a-z0-9]+)*\.convex\.cloud$/;
const HTTPS = /^https$/;

function productionClerkKeyProblem(key: string): string | undefined {
  if (key.startsWith("pk_test_")) {
    return "is a development-instance key (pk_test_…): use your Clerk production instance's pk_live_… key";
  }
  if (!key.startsWith("pk_live_")) {
    return "must be your Clerk production publishable key, pk_live_… (Clerk dashboard → production instance → API keys)";
  }
  if (clerkFrontendApiFromPublishableKey(key) === undefined) {
    return "does not decode to a Clerk Frontend API host: copy the pk_live_… key again, in full";
  }
  return undefined;
}

export const productionEnvSchema = z.extend(clientEnvSchema, {
  VITE_CONVEX_URL: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? "required: your production Convex URL, https://<deployment>.convex.cloud (Convex dashboard → production → Settings)"
          : "must be a string",
    })
    .check(
      z.regex(
        CONVEX_CLOUD_URL,
        "must be https://<deployment>.convex.cloud with no path or trailing slash (the production deployment's URL)",
      ),
    ),
  VITE_CLERK_PUBLISHABLE_KEY: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? "required in production: your Clerk production instance's pk_live_… key (the dev sign-in is not available in production)"
          : "must be a string",
    })
    .check(
      z.superRefine((key, ctx) => {
        const problem = productionClerkKeyProblem(key);
        if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
      }),
    ),
  VITE_SENTRY_DSN: z.optional(
    z.url({ protocol: HTTPS, error: "must be an https:// Sentry DSN (Sentry → Project settings → Client Keys)" }),
  ),
  VITE_PUBLIC_POSTHOG_HOST: z.optional(
    z.url({
      protocol: HTTPS,
      error: "must be https://us.i.posthog.com or https://eu.i.posthog.com (or your https reverse proxy)",
    }),
  ),
  // These receive users' API keys: never over plain http in production.
  ...perBrowserBaseUrlEnv(() =>
    z.optional(z.url({ protocol: HTTPS, error: "must be an https:// URL (it receives users' own API keys)" })),
  ),
  VITE_DEV_AUTH_URL: z.optional(
    z.undefined({
      error: "must not be set in production: delete it (it points the app at the local dev sign-in server)",
    }),
  ),
});
