// Recursively copies JSON-like data, scrubbing secrets from every string
// (keys included) and leaving out fields that may carry chat text.
// Copies rather than mutates: the SDK may still hold the original.

import { isChatTextKey } from "./chat-text-keys.ts";
import { scrubSecrets } from "./scrub.ts";

// Sentry normalises events to depth 3 before beforeSend; deeper data is
// unexpected, so it is cut rather than walked.
const MAX_DEPTH = 10;

export function scrubDeep(value: unknown): unknown {
  return walk(value, 0, new WeakSet());
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return scrubSecrets(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return value;
  if (typeof value !== "object") return undefined; // functions, symbols, bigint, undefined
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => walk(item, depth + 1, seen));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (isChatTextKey(key)) continue;
      const scrubbed = walk(item, depth + 1, seen);
      if (scrubbed !== undefined) copy[scrubSecrets(key)] = scrubbed;
    }
    return copy;
  } finally {
    // Only ancestors count as cycles; the same object twice in siblings is fine.
    seen.delete(value);
  }
}
