import { Suspense } from "react";
import { Outlet } from "react-router-dom";
import { LoadingPanel } from "../components/LoadingPanel";
import { RequireUser } from "../features/auth/RequireUser";
import { SendLimitProvider } from "../lib/send-limit/SendLimitProvider";
import { AppHeader } from "./AppHeader";

/** Everything behind sign-in: the header, then the chat, settings or admin page. */
export function SignedInShell() {
  return (
    <RequireUser>
      <SendLimitProvider>
        <div className="app-shell">
          <AppHeader />
          <Suspense fallback={<LoadingPanel label="Loading…" />}>
            <Outlet />
          </Suspense>
        </div>
      </SendLimitProvider>
    </RequireUser>
  );
}
