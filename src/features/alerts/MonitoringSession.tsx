import { useEffect } from "react";
import { useCurrentUser } from "@/lib/current-user/use-current-user";
import { track } from "@/lib/monitoring/posthog";
import { setMonitoringUser } from "@/lib/monitoring/report-error";
import { isNewSignIn } from "@/lib/monitoring/sign-in-marker";
import { ServerAlertForwarder } from "./ServerAlertForwarder";

/**
 * Ties monitoring to the signed-in user: Sentry gets their opaque id (alerts
 * are per user), PostHog a signed_in event once per sign-in in this tab, and
 * the server's alerts are forwarded. Renders nothing visible.
 */
export function MonitoringSession() {
  const userId = useCurrentUser()?._id ?? null;

  useEffect(() => {
    if (!userId) return;
    setMonitoringUser(userId);
    if (isNewSignIn(userId)) track("signed_in");
    return () => setMonitoringUser(null);
  }, [userId]);

  return userId ? <ServerAlertForwarder userId={userId} /> : null;
}
