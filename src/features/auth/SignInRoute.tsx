import { useConvexAuth } from "convex/react";
import { Navigate, useSearchParams } from "react-router-dom";
import { useAuthAdapter } from "./auth-adapter";
import { safeRedirectPath } from "./redirect-path";

/** /sign-in: the mode's sign-in UI, and back to where the user was once Convex accepts the session. */
export function SignInRoute() {
  const { isAuthenticated } = useConvexAuth();
  const [params] = useSearchParams();
  const { SignInView } = useAuthAdapter();
  const redirectTo = safeRedirectPath(params.get("from"));

  if (isAuthenticated) return <Navigate to={redirectTo} replace />;
  return (
    <main className="auth-page" id="main">
      <SignInView redirectTo={redirectTo} />
    </main>
  );
}
