// Finds secrets where they should never be: typed into the composer, pasted
// into the chat, or sitting in the page URL (which ends up in history,
// referrers and analytics). Only the kind of pattern is reported, never the
// match, so the alert about a leaked key cannot leak it again.

import { perProvider } from "@rules/providers";
import { debugLog } from "../debug/ai-debug.ts";
import { forwardAlert } from "./forward-alert.ts";
import { monitoringUserId } from "./report-error.ts";
import { SECRET_PATTERNS } from "./scrub.ts";

export type ExposedKeySource = "input" | "paste" | "url";

// Sign-in flows put tokens in URLs on purpose (Clerk's `__clerk_db_jwt` and
// handshake JWTs): in the URL only provider and private keys count.
const NOT_EXPOSURES_IN_URL = new Set(["jwt", "secret_query_param"]);

/** The name of the first secret pattern `text` contains ("groq", "openrouter", "jwt"…), or null. */
export function exposedKeyKind(text: string, source: ExposedKeySource): string | null {
  for (const { name, pattern } of SECRET_PATTERNS) {
    if (source === "url" && NOT_EXPOSURES_IN_URL.has(name)) continue;
    if (pattern.test(text)) return name;
  }
  return null;
}

/** The URL as a whole: path, query and fragment, decoded once so `%5F` hides nothing. */
export function urlText(href: string): string {
  try {
    return `${href} ${decodeURIComponent(href)}`;
  } catch {
    return href; // malformed escapes: the raw text is all there is
  }
}

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");

const DESCRIPTIONS: Record<string, string> = {
  ...perProvider((entry) => `${article(entry.label)} ${entry.label} API key`),
  clerkSecret: "a Clerk secret key",
  e2b: "an E2B API key",
  sk_dash_key: "an API key",
  pem_private_key: "a private key",
  jwt: "a sign-in token",
  auth_header: "an authorization header",
  secret_query_param: "a secret in a link",
};

/** "a Groq API key", for messages to the user. */
export function describeSecretKind(kind: string): string {
  return DESCRIPTIONS[kind] ?? "a secret";
}

/** Logs the detection and forwards `exposed_key_detected` (once per user per day). */
export function reportExposedKey(
  kind: string,
  source: ExposedKeySource,
  userId = monitoringUserId() ?? "anonymous",
  now = Date.now(),
): boolean {
  debugLog("key_pattern_detected", { kind, source });
  return forwardAlert({
    condition: "exposed_key_detected",
    userId,
    level: "warning",
    tags: { pattern: kind, source },
    now,
  });
}
