// Breadcrumbs: console crumbs are dropped outright (logged values may be chat
// text); every other crumb keeps its metadata and scrubbed message, and keeps
// `data` only for allowlisted keys of known categories. That excludes request
// and response bodies, body sizes and query strings of fetch/xhr crumbs.
// To keep data of a custom breadcrumb category, add it here.

import type { Breadcrumb } from "@sentry/react";
import { scrubDeep } from "./scrub-deep.ts";
import { scrubSecrets } from "./scrub.ts";

const BREADCRUMB_DATA_ALLOWLIST: Readonly<Record<string, readonly string[]>> = {
  fetch: ["method", "url", "status_code"],
  xhr: ["method", "url", "status_code"],
  navigation: ["from", "to"],
  "ui.click": ["ui.component_name"],
  "ui.input": ["ui.component_name"],
};

const DROPPED_CATEGORIES = new Set(["console"]);

export function sanitizeBreadcrumbs(breadcrumbs: readonly Breadcrumb[]): Breadcrumb[] {
  return breadcrumbs
    .filter((crumb) => !DROPPED_CATEGORIES.has(crumb.category ?? ""))
    .map((crumb) => {
      const safe: Breadcrumb = {};
      if (crumb.type !== undefined) safe.type = crumb.type;
      if (crumb.level !== undefined) safe.level = crumb.level;
      if (crumb.event_id !== undefined) safe.event_id = crumb.event_id;
      if (crumb.category !== undefined) safe.category = crumb.category;
      if (crumb.timestamp !== undefined) safe.timestamp = crumb.timestamp;
      if (typeof crumb.message === "string") safe.message = scrubSecrets(crumb.message);
      const data = allowlistedData(crumb);
      if (data) safe.data = data;
      return safe;
    });
}

function allowlistedData(crumb: Breadcrumb): Record<string, unknown> | undefined {
  const allowed = BREADCRUMB_DATA_ALLOWLIST[crumb.category ?? ""];
  if (!allowed || !crumb.data) return undefined;
  const data: Record<string, unknown> = {};
  for (const key of allowed) {
    if (key in crumb.data) data[key] = scrubDeep(crumb.data[key]);
  }
  return data;
}
