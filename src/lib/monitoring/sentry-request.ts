// The page request Sentry attaches to browser events. Kept: URL, method,
// query string (scrubbed) and a few harmless headers. Dropped: `data` (a
// request body may be a chat message), cookies (session tokens), `env`, and
// every other header (Authorization, Cookie, custom API-key headers).

import type { RequestEventData } from "@sentry/react";
import { scrubDeep } from "./scrub-deep.ts";
import { scrubSecrets } from "./scrub.ts";

const HEADER_ALLOWLIST = new Set(["user-agent", "referer", "accept-language", "content-type"]);

export function sanitizeRequest(request: RequestEventData): RequestEventData {
  const safe: RequestEventData = {};
  if (request.url !== undefined) safe.url = scrubSecrets(request.url);
  if (request.method !== undefined) safe.method = request.method;
  if (request.query_string !== undefined) {
    safe.query_string = scrubDeep(request.query_string) as RequestEventData["query_string"];
  }
  if (request.headers) {
    const headers = Object.entries(request.headers).filter(([name]) => HEADER_ALLOWLIST.has(name.toLowerCase()));
    if (headers.length > 0) {
      safe.headers = Object.fromEntries(headers.map(([name, value]) => [name, scrubSecrets(String(value))]));
    }
  }
  return safe;
}
