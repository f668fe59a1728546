// Secret scrubbing for anything leaving the browser for a monitoring vendor.
// Patterns err towards redacting too much: a redacted non-secret costs a
// little debugging context, a leaked key costs the user money.

import { KEY_PATTERNS } from "../vault/key-format.ts";

const REDACTED = "[redacted]";

interface SecretPattern {
  name: string;
  pattern: RegExp;
  /** `$1` keeps a non-secret lead-in such as "Bearer " or "?token=". */
  replacement: string;
}

// Order matters: multi-line PEM blocks and JWTs go first so that shorter
// patterns don't redact fragments of them and leave the rest behind.
// No lookbehind: Safari before 16.4 fails to parse it, taking the app down.
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  {
    name: "pem_private_key",
    // A block cut off before its END line (truncated logs) is redacted to the end.
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|$)/,
    replacement: REDACTED,
  },
  { name: "jwt", pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/, replacement: REDACTED },
  // The lookahead (a digit or symbol somewhere) spares prose like "basic
  // information" or "bearer instruments"; real credentials always have one.
  {
    name: "auth_header",
    pattern: /\b((?:Bearer|Basic)\s+)(?=[A-Za-z._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}/i,
    replacement: `$1${REDACTED}`,
  },
  {
    name: "secret_query_param",
    pattern: /([?&](?:api[_-]?key|key|access[_-]?token|token|secret|password|auth|__clerk_db_jwt)=)[^&#\s]+/i,
    replacement: `$1${REDACTED}`,
  },
  ...Object.entries(KEY_PATTERNS).map(([name, pattern]) => ({ name, pattern, replacement: REDACTED })),
  // OpenAI-style keys: users paste them into the wrong provider's field.
  { name: "sk_dash_key", pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{20,}/, replacement: REDACTED },
];

// Global copies for replace(); replace() resets lastIndex itself, so sharing
// these is safe, whereas test() on a global regex would carry state over.
const GLOBAL_PATTERNS = SECRET_PATTERNS.map(({ pattern, replacement }) => ({
  pattern: new RegExp(pattern.source, `${pattern.flags}g`),
  replacement,
}));

export function scrubSecrets(text: string): string {
  return GLOBAL_PATTERNS.reduce((scrubbed, { pattern, replacement }) => scrubbed.replace(pattern, replacement), text);
}

export function containsSecret(text: string): boolean {
  return SECRET_PATTERNS.some(({ pattern }) => pattern.test(text));
}
