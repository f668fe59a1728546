import { lazy, Suspense, type ReactNode } from "react";
import { LoadingPanel } from "../components/LoadingPanel";
import { StatusPanel } from "../components/StatusPanel";
import type { ClientEnv } from "../config/env-schema";

// The offline sign-in exists only in non-production builds without a Clerk
// key. Vite inlines both values at build time, so in a production build this
// condition is the literal `false` and the import() below, with everything
// it pulls in, is dropped from the bundle (`validate:production` and the e2e
// suite check that it is).
const DevAuthProvider =
  import.meta.env.MODE !== "production" && !import.meta.env.VITE_CLERK_PUBLISHABLE_KEY
    ? lazy(() => import("../features/auth/dev/DevAuthProvider").then((module) => ({ default: module.DevAuthProvider })))
    : null;

// Clerk's SDK loads in parallel with the app shell rather than inside it.
const ClerkAuthProvider = lazy(() =>
  import("../features/auth/clerk/ClerkAuthProvider").then((module) => ({ default: module.ClerkAuthProvider })),
);

type AuthRootProps = {
  env: ClientEnv;
  navigate: (to: string, options?: { replace?: boolean }) => void;
  children: ReactNode;
};

/** The auth provider for this build: Clerk when a key is set, else the offline sign-in (dev builds only). */
export function AuthRoot({ env, navigate, children }: AuthRootProps) {
  let provider: ReactNode;
  if (env.VITE_CLERK_PUBLISHABLE_KEY) {
    provider = (
      <ClerkAuthProvider
        publishableKey={env.VITE_CLERK_PUBLISHABLE_KEY}
        convexUrl={env.VITE_CONVEX_URL}
        navigate={navigate}
      >
        {children}
      </ClerkAuthProvider>
    );
  } else if (DevAuthProvider && env.VITE_DEV_AUTH_URL) {
    provider = (
      <DevAuthProvider issuerUrl={env.VITE_DEV_AUTH_URL} convexUrl={env.VITE_CONVEX_URL}>
        {children}
      </DevAuthProvider>
    );
  } else {
    return <SignInNotConfigured />;
  }
  return <Suspense fallback={<LoadingPanel label="Loading…" fullPage />}>{provider}</Suspense>;
}

function SignInNotConfigured() {
  return (
    <StatusPanel title="Sign-in is not configured" role="alert" testId="auth-not-configured" fullPage>
      <p>
        Set <code>VITE_CLERK_PUBLISHABLE_KEY</code> for this deployment. For local development, <code>npm run dev</code>{" "}
        starts an offline stack with its own sign-in.
      </p>
    </StatusPanel>
  );
}
