// Whether product analytics may run in this browser. Our own flag, not
// PostHog's: it has to be readable before posthog-js is downloaded, so an
// opted-out user never even loads the SDK. Do Not Track counts as a standing
// opt-out.

export const ANALYTICS_OPT_OUT_KEY = "guarded-chat:analytics-opt-out:v1";

type Listener = () => void;
const listeners = new Set<Listener>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function analyticsOptedOut(): boolean {
  return storage()?.getItem(ANALYTICS_OPT_OUT_KEY) === "true";
}

export function doNotTrack(nav: Pick<Navigator, "doNotTrack"> | undefined = globalThis.navigator): boolean {
  return nav?.doNotTrack === "1";
}

export function setAnalyticsOptedOut(optedOut: boolean): void {
  try {
    if (optedOut) storage()?.setItem(ANALYTICS_OPT_OUT_KEY, "true");
    else storage()?.removeItem(ANALYTICS_OPT_OUT_KEY);
  } catch {
    // Storage full or blocked: the choice holds for this page only (listeners still hear it).
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore and for the loaded SDK (posthog.ts) to follow the toggle. */
export function subscribeToAnalyticsConsent(listener: Listener): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
