// Loaded only through a dynamic import() behind a non-production,
// no-Clerk-key check (src/app/AuthRoot.tsx), so production bundles never
// contain the dev sign-in.
import { lazy, useMemo, type ReactNode } from "react";
import { AuthAdapterContext, type AuthAdapter } from "../auth-adapter";
import { convexSessionFor } from "../convex-session";
import { DevSignInForm } from "./DevSignInForm";
import { createDevTokenSource } from "./dev-token-source";
import { DevTokenSourceContext } from "./dev-token-source-context";
import { useDevIsSignedIn } from "./use-dev-convex-auth";

const DevConvexSession = lazy(() =>
  import("./DevConvexSession").then((module) => ({ default: module.DevConvexSession })),
);

type DevAuthProviderProps = { issuerUrl: string; convexUrl: string; children: ReactNode };

export function DevAuthProvider({ issuerUrl, convexUrl, children }: DevAuthProviderProps) {
  const source = useMemo(() => createDevTokenSource({ issuerUrl, storage: sessionStorage }), [issuerUrl]);
  const ConvexSession = useMemo(() => convexSessionFor(DevConvexSession, convexUrl), [convexUrl]);
  const adapter = useMemo<AuthAdapter>(
    () => ({
      SignInView: DevSignInForm,
      useIsSignedIn: useDevIsSignedIn,
      ConvexSession,
      signOut: async () => source.signOut(),
    }),
    [source, ConvexSession],
  );

  return (
    <DevTokenSourceContext.Provider value={source}>
      <AuthAdapterContext.Provider value={adapter}>{children}</AuthAdapterContext.Provider>
    </DevTokenSourceContext.Provider>
  );
}
