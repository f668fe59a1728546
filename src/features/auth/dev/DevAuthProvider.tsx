// Loaded only through a dynamic import() behind a non-production,
// no-Clerk-key check (src/app/AuthRoot.tsx), so production bundles never
// contain the dev sign-in.
import type { ConvexReactClient } from "convex/react";
import { ConvexProviderWithAuth } from "convex/react";
import { useMemo, type ReactNode } from "react";
import { AuthAdapterContext, type AuthAdapter } from "../auth-adapter";
import { DevSignInForm } from "./DevSignInForm";
import { createDevTokenSource } from "./dev-token-source";
import { DevTokenSourceContext } from "./dev-token-source-context";
import { useDevConvexAuth } from "./use-dev-convex-auth";

type DevAuthProviderProps = { issuerUrl: string; client: ConvexReactClient; children: ReactNode };

export function DevAuthProvider({ issuerUrl, client, children }: DevAuthProviderProps) {
  const source = useMemo(() => createDevTokenSource({ issuerUrl, storage: sessionStorage }), [issuerUrl]);
  const adapter = useMemo<AuthAdapter>(
    () => ({ SignInView: DevSignInForm, signOut: async () => source.signOut() }),
    [source],
  );

  return (
    <DevTokenSourceContext.Provider value={source}>
      <ConvexProviderWithAuth client={client} useAuth={useDevConvexAuth}>
        <AuthAdapterContext.Provider value={adapter}>{children}</AuthAdapterContext.Provider>
      </ConvexProviderWithAuth>
    </DevTokenSourceContext.Provider>
  );
}
