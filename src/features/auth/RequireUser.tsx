import { useConvexAuth } from "convex/react";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { LoadingPanel } from "@/components/LoadingPanel";
import { StatusPanel } from "@/components/StatusPanel";
import { useAuthAdapter } from "./auth-adapter";
import { EnsureUser } from "./EnsureUser";
import { signInUrlFor } from "./redirect-path";
import { SignOutButton } from "./SignOutButton";

/** Signed-out visitors go to sign-in (and come back here after); signed-in ones get their user row first. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { isLoading, isAuthenticated } = useConvexAuth();
  const signedIn = useAuthAdapter().useIsSignedIn();
  const location = useLocation();

  if (isLoading) return <LoadingPanel label="Checking your session…" fullPage />;
  // Signed in, yet Convex refused the token: sending the user to /sign-in
  // would bounce straight back here (the sign-in route sees them signed in).
  if (!isAuthenticated && signedIn) return <SessionRejected />;
  if (!isAuthenticated) {
    return <Navigate to={signInUrlFor(location.pathname + location.search + location.hash)} replace />;
  }
  return <EnsureUser>{children}</EnsureUser>;
}

function SessionRejected() {
  return (
    <StatusPanel title="The server did not accept your session" role="alert" testId="session-rejected" fullPage>
      <p>
        Sign out and sign in again. If this keeps happening, the deployment's sign-in is misconfigured (see the README's
        deploy guide).
      </p>
      <SignOutButton />
    </StatusPanel>
  );
}
