// `beforeSend` for @sentry/react: rebuilds the error event from an allowlist
// of fields instead of deleting known-bad ones, so a field added by a future
// SDK version or integration is left out until someone decides it is safe.
//
// - Metadata (ids, timestamps, release, sdk, debug_meta for source maps) is
//   copied as is: it is set by the SDK or our config, never by user input.
// - Free text (message, exception values, breadcrumb messages, URLs, tags,
//   extra, contexts) is kept but scrubbed of secrets.
// - Chat text is dropped: `extra.prompt`/`extra.reply` and any other
//   chat-named field (chat-text-keys.ts), request bodies, breadcrumb data
//   outside the per-category allowlist (so no fetch/xhr bodies), console
//   breadcrumbs, logentry params, frame `vars`.
// - The user is reduced to its id (no email, username or IP address).
//
// Not covered: text someone passes as the error message itself, e.g.
// `throw new Error(prompt)`. Don't.

import type { ErrorEvent, EventHint } from "@sentry/react";
import { sanitizeBreadcrumbs } from "./sentry-breadcrumbs.ts";
import { sanitizeContexts } from "./sentry-contexts.ts";
import { sanitizeException } from "./sentry-exception.ts";
import { sanitizeRequest } from "./sentry-request.ts";
import { scrubDeep } from "./scrub-deep.ts";
import { scrubSecrets } from "./scrub.ts";

const COPIED_FIELDS = [
  "event_id",
  "timestamp",
  "start_timestamp",
  "level",
  "platform",
  "logger",
  "release",
  "dist",
  "environment",
  "sdk",
  "modules",
  "debug_meta",
  "transaction_info",
  // Read by the SDK while building the envelope, then deleted before sending.
  "sdkProcessingMetadata",
] as const satisfies ReadonlyArray<keyof ErrorEvent>;

export function sentryBeforeSend(event: ErrorEvent, _hint?: EventHint): ErrorEvent {
  const safe: ErrorEvent = { type: undefined };
  for (const field of COPIED_FIELDS) {
    if (event[field] !== undefined) Object.assign(safe, { [field]: event[field] });
  }
  if (event.message !== undefined) safe.message = scrubSecrets(event.message);
  if (event.logentry?.message !== undefined) safe.logentry = { message: scrubSecrets(event.logentry.message) };
  if (event.transaction !== undefined) safe.transaction = scrubSecrets(event.transaction);
  if (event.server_name !== undefined) safe.server_name = scrubSecrets(event.server_name);
  if (event.fingerprint) safe.fingerprint = event.fingerprint.map(scrubSecrets);
  if (event.exception?.values) safe.exception = { values: event.exception.values.map(sanitizeException) };
  if (event.breadcrumbs) safe.breadcrumbs = sanitizeBreadcrumbs(event.breadcrumbs);
  if (event.request) safe.request = sanitizeRequest(event.request);
  if (event.contexts) safe.contexts = sanitizeContexts(event.contexts);
  if (event.tags) safe.tags = scrubDeep(event.tags) as ErrorEvent["tags"];
  if (event.extra) safe.extra = scrubDeep(event.extra) as ErrorEvent["extra"];
  if (event.user?.id !== undefined) safe.user = { id: event.user.id };
  return safe;
}
