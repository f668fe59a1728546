import { Navigate, useSearchParams } from "react-router-dom";
import { AppIntro } from "@/components/AppIntro";
import { useAuthAdapter } from "./auth-adapter";
import { safeRedirectPath } from "./redirect-path";

/** /sign-in: the mode's sign-in UI, and back to where the user was once signed in. */
export function SignInRoute() {
  const { SignInView, useIsSignedIn } = useAuthAdapter();
  const isSignedIn = useIsSignedIn();
  const [params] = useSearchParams();
  const redirectTo = safeRedirectPath(params.get("from"));

  // The signed-in shell then waits for Convex to accept the session (RequireUser).
  if (isSignedIn) return <Navigate to={redirectTo} replace />;
  return (
    <main className="auth-page" id="main">
      <AppIntro />
      <SignInView redirectTo={redirectTo} />
    </main>
  );
}
