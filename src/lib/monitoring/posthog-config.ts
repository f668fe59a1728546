// PostHog's init options: nothing captured unless track() sends it. No
// autocapture, pageviews, heatmaps, recordings, surveys or error capture;
// no feature-flag calls and no scripts fetched from PostHog's CDN. Every
// event is scrubbed once more on its way out (URLs and referrers included),
// in case a key was sitting in the address bar.

import type { CaptureResult, PostHogConfig } from "posthog-js";
import { scrubDeep } from "./scrub-deep.ts";

const DEFAULT_HOST = "https://us.i.posthog.com";

export function posthogConfig(host: string | undefined): Partial<PostHogConfig> {
  return {
    api_host: host ?? DEFAULT_HOST,
    autocapture: false,
    capture_pageview: false,
    capture_pageleave: false,
    capture_dead_clicks: false,
    capture_heatmaps: false,
    capture_exceptions: false,
    capture_performance: false,
    rageclick: false,
    disable_session_recording: true,
    disable_surveys: true,
    disable_web_experiments: true,
    disable_external_dependency_loading: true,
    advanced_disable_flags: true,
    respect_dnt: true,
    persistence: "localStorage",
    person_profiles: "identified_only",
    mask_all_text: true,
    mask_all_element_attributes: true,
    before_send: scrubCapture,
  };
}

function scrubCapture(capture: CaptureResult | null): CaptureResult | null {
  if (!capture) return null;
  const scrubbed: CaptureResult = {
    ...capture,
    properties: scrubDeep(capture.properties) as CaptureResult["properties"],
  };
  if (capture.$set) scrubbed.$set = scrubDeep(capture.$set) as CaptureResult["$set"];
  if (capture.$set_once) scrubbed.$set_once = scrubDeep(capture.$set_once) as CaptureResult["$set_once"];
  return scrubbed;
}
