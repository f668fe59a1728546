import { useQuery } from "convex/react";
import { useEffect } from "react";
import { api } from "../../../convex/_generated/api";
import { forwardAlert } from "@/lib/monitoring/forward-alert";
import { alertsFromHealth, alertsFromServer } from "./server-alerts";

/** Forwards today's server-side alerts to Sentry as they appear (each once per user per day). Renders nothing. */
export function ServerAlertForwarder({ userId }: { userId: string }) {
  const alerts = useQuery(api.alerts.client.today, {});
  const health = useQuery(api.providers.health.get, {});

  useEffect(() => {
    if (alerts) for (const alert of alertsFromServer(alerts, userId)) forwardAlert(alert);
  }, [alerts, userId]);
  useEffect(() => {
    if (health) for (const alert of alertsFromHealth(health, userId)) forwardAlert(alert);
  }, [health, userId]);
  return null;
}
