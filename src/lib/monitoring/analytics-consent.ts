// Whether product analytics may run in this browser. Our own flag, not
// PostHog's: it has to be readable before posthog-js is downloaded, so an
// opted-out user never even loads the SDK. Do Not Track counts as a standing
// opt-out.

import { createStoredSetting } from "../stored-setting";

const ANALYTICS_OPT_OUT_KEY = "guarded-chat:analytics-opt-out:v1";
const setting = createStoredSetting(ANALYTICS_OPT_OUT_KEY);

export function analyticsOptedOut(): boolean {
  return setting.read() === "true";
}

export function doNotTrack(nav: Pick<Navigator, "doNotTrack"> | undefined = globalThis.navigator): boolean {
  return nav?.doNotTrack === "1";
}

export const setAnalyticsOptedOut = (optedOut: boolean): void => setting.write(optedOut ? "true" : null);

/** For useSyncExternalStore and for the loaded SDK (posthog.ts) to follow the toggle, in this tab and others. */
export const subscribeToAnalyticsConsent = setting.subscribe;
