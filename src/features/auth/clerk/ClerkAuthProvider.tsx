import { ClerkProvider, useAuth, useClerk } from "@clerk/clerk-react";
import { lazy, useMemo, type ReactNode } from "react";
import { AuthAdapterContext, type AuthAdapter } from "../auth-adapter";
import { convexSessionFor } from "../convex-session";
import { ClerkSignInView } from "./ClerkSignInView";

// convex/react is not needed to sign in; it loads with the signed-in shell.
const ClerkConvexSession = lazy(() =>
  import("./ClerkConvexSession").then((module) => ({ default: module.ClerkConvexSession })),
);

type ClerkAuthProviderProps = {
  publishableKey: string;
  convexUrl: string;
  /** The SPA router's navigate, so Clerk's redirects stay client-side. */
  navigate: (to: string, options?: { replace?: boolean }) => void;
  children: ReactNode;
};

export function ClerkAuthProvider({ publishableKey, convexUrl, navigate, children }: ClerkAuthProviderProps) {
  return (
    <ClerkProvider
      publishableKey={publishableKey}
      routerPush={(to) => navigate(to)}
      routerReplace={(to) => navigate(to, { replace: true })}
      signInUrl="/sign-in"
      afterSignOutUrl="/sign-in"
    >
      <ClerkAdapter convexUrl={convexUrl}>{children}</ClerkAdapter>
    </ClerkProvider>
  );
}

function useClerkIsSignedIn(): boolean {
  return useAuth().isSignedIn === true;
}

function ClerkAdapter({ convexUrl, children }: { convexUrl: string; children: ReactNode }) {
  const clerk = useClerk();
  const ConvexSession = useMemo(() => convexSessionFor(ClerkConvexSession, convexUrl), [convexUrl]);
  const adapter = useMemo<AuthAdapter>(
    () => ({
      SignInView: ClerkSignInView,
      useIsSignedIn: useClerkIsSignedIn,
      ConvexSession,
      signOut: () => clerk.signOut(),
    }),
    [clerk, ConvexSession],
  );
  return <AuthAdapterContext.Provider value={adapter}>{children}</AuthAdapterContext.Provider>;
}
