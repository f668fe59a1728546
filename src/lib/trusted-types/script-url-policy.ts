// The `default` Trusted Types policy: the browser calls it when a plain string
// reaches a script-URL sink (`script.src`, `new Worker(url)`). Clerk sets
// those from strings — its loader (@clerk/shared loadScript), clerk-js's
// webpack chunks, its timer worker (a blob: URL) and Cloudflare's CAPTCHA
// script — and creates no policy of its own, so without this one Clerk would
// not load. Anything else is refused (null), which the browser blocks and
// reports. No createHTML or createScript: strings at those sinks stay blocked.
import type { TrustedTypesWindow } from "trusted-types/lib";
import { clerkFrontendApiFromPublishableKey } from "@/config/clerk-frontend-api";
import { SCRIPT_URL_POLICY_NAME } from "./policy-names";

/** Cloudflare Turnstile, which Clerk's sign-up loads as its bot check. */
export const CAPTCHA_ORIGIN = "https://challenges.cloudflare.com";

/** Origins scripts may come from: Clerk's Frontend API (from the key) and its CAPTCHA. */
export function scriptOriginsFor(clerkPublishableKey: string | undefined): string[] {
  const clerkHost = clerkPublishableKey ? clerkFrontendApiFromPublishableKey(clerkPublishableKey) : undefined;
  return clerkHost ? [`https://${clerkHost}`, CAPTCHA_ORIGIN] : [];
}

/** An https script from an allowed origin, or a blob: the page itself made (Clerk's worker). */
export function isAllowedScriptUrl(url: string, allowedOrigins: readonly string[], pageOrigin: string): boolean {
  if (!URL.canParse(url, pageOrigin)) return false;
  const parsed = new URL(url, pageOrigin);
  if (parsed.protocol === "blob:") return parsed.origin === pageOrigin;
  return parsed.protocol === "https:" && allowedOrigins.includes(parsed.origin);
}

/** Call once, before anything loads Clerk. A no-op where the browser has no Trusted Types. */
export function installScriptUrlPolicy(allowedOrigins: readonly string[], win: Window = window): void {
  const factory = (win as Partial<TrustedTypesWindow>).trustedTypes;
  if (!factory) return;
  const pageOrigin = win.location.origin;
  // Returning null makes the browser block the assignment and report it
  // (the spec allows it; @types/trusted-types says string only).
  const createScriptURL = (url: string) => (isAllowedScriptUrl(url, allowedOrigins, pageOrigin) ? url : null);
  factory.createPolicy(SCRIPT_URL_POLICY_NAME, { createScriptURL: createScriptURL as (url: string) => string });
}
