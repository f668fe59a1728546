import { Suspense } from "react";
import { Outlet } from "react-router-dom";
import { LoadingPanel } from "../components/LoadingPanel";
import { MonitoredSendLimits } from "../features/alerts/MonitoredSendLimits";
import { MonitoringSession } from "../features/alerts/MonitoringSession";
import { useAuthAdapter } from "../features/auth/auth-adapter";
import { RequireUser } from "../features/auth/RequireUser";
import { AppHeader } from "./AppHeader";

/** Everything behind sign-in: Convex with the user's session, the header, then the chat, settings or admin page. */
export function SignedInShell() {
  const { ConvexSession } = useAuthAdapter();
  return (
    <ConvexSession>
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
    </ConvexSession>
  );
}
