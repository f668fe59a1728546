// Product analytics through ONE function, track(): the event must be on the
// allowlist and its properties pass sanitizeEventProperties (identifiers,
// booleans and buckets only, never prompt or reply text). posthog-js is
// imported after first paint, and not at all without a key, under Do Not
// Track, or while the user has opted out in Settings.

import type { PostHog } from "posthog-js";
import { debugLog } from "../debug/ai-debug.ts";
import { analyticsOptedOut, doNotTrack, subscribeToAnalyticsConsent } from "./analytics-consent.ts";
import { posthogConfig } from "./posthog-config.ts";
import { sanitizeEventProperties, type SafeProperties } from "./posthog-properties.ts";
import { forgetSignIn } from "./sign-in-marker.ts";

export interface PostHogEnv {
  VITE_PUBLIC_POSTHOG_KEY?: string;
  VITE_PUBLIC_POSTHOG_HOST?: string;
}

export interface PostHogDeps {
  importPostHog: () => Promise<{ default: PostHog }>;
  navigator?: Pick<Navigator, "doNotTrack">;
}

const MAX_QUEUED_EVENTS = 50;
let client: PostHog | null = null;
let state: "idle" | "loading" | "loaded" | "off" = "idle";
let queue: Array<[string, SafeProperties]> = [];
let stopFollowing: (() => void) | null = null;

/** The only way events leave the app. Unknown events are dropped here. */
export function track(event: string, props: Record<string, unknown> = {}): void {
  const safe = sanitizeEventProperties(event, props);
  if (!safe) {
    debugLog("analytics_dropped", { reason: "event not on the allowlist" });
    return;
  }
  if (state === "off" || analyticsOptedOut()) return;
  if (client) client.capture(event, safe);
  else if (queue.length < MAX_QUEUED_EVENTS) queue.push([event, safe]);
}

/** A new person in this browser (sign-out): forget the anonymous id and anything queued. */
export function resetAnalytics(): void {
  queue = [];
  forgetSignIn();
  client?.reset();
}

const defaultDeps: PostHogDeps = { importPostHog: () => import("posthog-js") };

/** Starts PostHog unless analytics are off, and follows the Settings toggle from then on. */
export async function loadPostHog(env: PostHogEnv, deps: PostHogDeps = defaultDeps): Promise<boolean> {
  stopFollowing ??= subscribeToAnalyticsConsent(() => void followConsent(env, deps));
  return start(env, deps);
}

async function start(env: PostHogEnv, deps: PostHogDeps): Promise<boolean> {
  if (state !== "idle") return state === "loaded";
  const key = env.VITE_PUBLIC_POSTHOG_KEY;
  if (!key || doNotTrack(deps.navigator ?? globalThis.navigator)) {
    state = "off";
    queue = [];
    return false;
  }
  if (analyticsOptedOut()) {
    queue = []; // stays "idle": opting back in loads it
    return false;
  }
  state = "loading";
  try {
    const { default: posthog } = await deps.importPostHog();
    posthog.init(key, posthogConfig(env.VITE_PUBLIC_POSTHOG_HOST));
    // PostHog remembers an earlier opt-out of its own; ours is the one that counts.
    if (posthog.has_opted_out_capturing()) posthog.opt_in_capturing({ captureEventName: false });
    client = posthog;
    state = "loaded";
  } catch {
    state = "off"; // blocked by an extension, or offline: analytics are optional
    queue = [];
    return false;
  }
  for (const [event, props] of queue) if (!analyticsOptedOut()) client.capture(event, props);
  queue = [];
  return true;
}

function followConsent(env: PostHogEnv, deps: PostHogDeps): Promise<boolean> | void {
  if (analyticsOptedOut()) {
    queue = [];
    client?.opt_out_capturing(); // persisted by PostHog as well
  } else if (client) {
    client.opt_in_capturing({ captureEventName: false });
  } else {
    return start(env, deps);
  }
}

/** Tests only. */
export function resetPostHogForTests(): void {
  stopFollowing?.();
  stopFollowing = null;
  client = null;
  state = "idle";
  queue = [];
}
