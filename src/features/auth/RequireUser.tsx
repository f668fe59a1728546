import { useConvexAuth } from "convex/react";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router-dom";
import { LoadingPanel } from "../../components/LoadingPanel";
import { EnsureUser } from "./EnsureUser";
import { signInUrlFor } from "./redirect-path";

/** Signed-out visitors go to sign-in (and come back here after); signed-in ones get their user row first. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { isLoading, isAuthenticated } = useConvexAuth();
  const location = useLocation();

  if (isLoading) return <LoadingPanel label="Checking your session…" fullPage />;
  if (!isAuthenticated) {
    return <Navigate to={signInUrlFor(location.pathname + location.search + location.hash)} replace />;
  }
  return <EnsureUser>{children}</EnsureUser>;
}
