// Starts Sentry and PostHog once the first frame is on screen and the
// browser is idle, so neither SDK competes with the first route for the
// network or the main thread.

import { useEffect } from "react";
import type { PostHogEnv } from "./posthog.ts";
import type { SentryEnv } from "./sentry.ts";

type MonitoringEnv = SentryEnv & PostHogEnv;

/** Calls `work` after the next paint, when idle (or after `timeoutMs` at the latest). */
function afterFirstPaint(work: () => void, timeoutMs = 2_000): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  const frame = requestAnimationFrame(() => {
    // rAF runs before the paint; the timeout lands after it.
    setTimeout(() => {
      if (cancelled) return;
      if (typeof requestIdleCallback === "function")
        idleHandle = requestIdleCallback(() => !cancelled && work(), { timeout: timeoutMs });
      else work();
    }, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (idleHandle !== undefined) cancelIdleCallback(idleHandle);
  };
}

let started = false;

function startMonitoring(env: MonitoringEnv, mode: string): void {
  if (started) return; // StrictMode mounts twice; one SDK each per page
  started = true;
  // The loaders (with their scrubbing) are imported here too, not statically:
  // they are only needed after first paint, so they stay off the first route.
  void import("./sentry.ts").then(({ loadSentry }) => loadSentry(env, mode));
  void import("./posthog.ts").then(({ loadPostHog }) => loadPostHog(env));
}

/** Mount once near the root. */
export function useStartMonitoring(env: MonitoringEnv): void {
  useEffect(() => afterFirstPaint(() => startMonitoring(env, import.meta.env.MODE)), [env]);
}
