import { ClerkProvider, useAuth, useClerk } from "@clerk/clerk-react";
import type { ConvexReactClient } from "convex/react";
import { ConvexProviderWithClerk } from "convex/react-clerk";
import { useMemo, type ReactNode } from "react";
import { AuthAdapterContext, type AuthAdapter } from "../auth-adapter";
import { ClerkSignInView } from "./ClerkSignInView";

type ClerkAuthProviderProps = {
  publishableKey: string;
  client: ConvexReactClient;
  /** The SPA router's navigate, so Clerk's redirects stay client-side. */
  navigate: (to: string, options?: { replace?: boolean }) => void;
  children: ReactNode;
};

export function ClerkAuthProvider({ publishableKey, client, navigate, children }: ClerkAuthProviderProps) {
  return (
    <ClerkProvider
      publishableKey={publishableKey}
      routerPush={(to) => navigate(to)}
      routerReplace={(to) => navigate(to, { replace: true })}
      signInUrl="/sign-in"
      afterSignOutUrl="/sign-in"
    >
      <ConvexProviderWithClerk client={client} useAuth={useAuth}>
        <ClerkAdapter>{children}</ClerkAdapter>
      </ConvexProviderWithClerk>
    </ClerkProvider>
  );
}

function ClerkAdapter({ children }: { children: ReactNode }) {
  const clerk = useClerk();
  const adapter = useMemo<AuthAdapter>(() => ({ SignInView: ClerkSignInView, signOut: () => clerk.signOut() }), [clerk]);
  return <AuthAdapterContext.Provider value={adapter}>{children}</AuthAdapterContext.Provider>;
}
