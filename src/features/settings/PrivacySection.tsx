import { useId, useSyncExternalStore } from "react";
import {
  analyticsOptedOut,
  doNotTrack,
  setAnalyticsOptedOut,
  subscribeToAnalyticsConsent,
} from "@/lib/monitoring/analytics-consent";

/** Product analytics (PostHog) on or off for this browser. Error reports (Sentry) carry no chat text and stay on. */
export function PrivacySection() {
  const optedOut = useSyncExternalStore(subscribeToAnalyticsConsent, analyticsOptedOut, () => false);
  const dnt = doNotTrack();
  const toggleId = useId();

  return (
    <section className="settings-section" aria-labelledby={`${toggleId}-title`}>
      <h2 id={`${toggleId}-title`}>Privacy</h2>
      <p className="muted">
        Usage analytics count events such as &ldquo;message sent&rdquo; or &ldquo;limit hit&rdquo;, with the provider
        and coarse latency and cost buckets. They never include what you write or the replies, and never your keys.
      </p>
      <div className="settings-toggle">
        <input
          id={toggleId}
          type="checkbox"
          checked={optedOut || dnt}
          disabled={dnt}
          onChange={(event) => setAnalyticsOptedOut(event.target.checked)}
          data-testid="analytics-opt-out"
        />
        <label htmlFor={toggleId}>Don&apos;t send usage analytics from this browser</label>
      </div>
      {dnt && <p className="muted">Your browser asks sites not to track you (Do Not Track), so analytics are off.</p>}
    </section>
  );
}
