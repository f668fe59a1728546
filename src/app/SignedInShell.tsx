import { Suspense } from "react";
import { Outlet } from "react-router-dom";
import { LoadingPanel } from "../components/LoadingPanel";
import { MonitoredSendLimits } from "../features/alerts/MonitoredSendLimits";
import { MonitoringSession } from "../features/alerts/MonitoringSession";
import { RequireUser } from "../features/auth/RequireUser";
import { AppHeader } from "./AppHeader";

/** Everything behind sign-in: the header, then the chat, settings or admin page. */
export function SignedInShell() {
  return (
    <RequireUser>
      <MonitoringSession />
      <MonitoredSendLimits>
        <div className="app-shell">
          <AppHeader />
          <Suspense fallback={<LoadingPanel label="Loading…" />}>
            <Outlet />
          </Suspense>
        </div>
      </MonitoredSendLimits>
    </RequireUser>
  );
}
