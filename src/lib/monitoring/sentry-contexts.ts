// Contexts: only the SDK's environment contexts, by name. Anything else
// (redux-style `state` snapshots, ad-hoc setContext calls) is dropped until
// added here deliberately. Kept contexts are still deep-scrubbed.

import type { Contexts } from "@sentry/react";
import { scrubDeep } from "./scrub-deep.ts";

const CONTEXT_ALLOWLIST: ReadonlySet<string> = new Set([
  "app",
  "browser",
  "culture",
  "device",
  "os",
  "runtime",
  "trace",
  "flags",
  "react",
  "response",
]);

// The response context of HttpClient errors also carries headers and
// cookies; only the status and size are useful.
const RESPONSE_FIELDS = ["type", "status_code", "body_size"];

export function sanitizeContexts(contexts: Contexts): Contexts {
  const safe: Contexts = {};
  for (const [name, context] of Object.entries(contexts)) {
    if (!CONTEXT_ALLOWLIST.has(name) || !context) continue;
    const kept =
      name === "response"
        ? Object.fromEntries(Object.entries(context).filter(([key]) => RESPONSE_FIELDS.includes(key)))
        : context;
    safe[name] = scrubDeep(kept) as Record<string, unknown>;
  }
  return safe;
}
