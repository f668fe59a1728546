import { useMemo } from "react";
import { BrowserRouter } from "react-router-dom";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { parseClientEnv } from "../config/env";
import { useStartMonitoring } from "../lib/monitoring/start-monitoring";
import { AppRoutes } from "./AppRoutes";
import { AuthRoot } from "./AuthRoot";
import { NavigationBridge, navigateOutsideRouter } from "./navigation-bridge";
import { StartupError } from "./StartupError";

// <BrowserRouter> rather than a data router: the app needs no loaders or
// actions, and the declarative router is ~16 kB gzip lighter on the first
// route (budget: 125 kB, scripts/validate-production).

/** ErrorBoundary → auth provider → router; Convex starts inside the signed-in shell. */
export function App() {
  return (
    <ErrorBoundary fallback={(error) => <StartupError error={error} />}>
      <ConfiguredApp />
    </ErrorBoundary>
  );
}

function ConfiguredApp() {
  // Throws ClientEnvError for a bad env; the boundary above lists what to fix.
  const env = useMemo(() => parseClientEnv(import.meta.env), []);
  // Sentry and PostHog load after first paint, never on the first route's critical path.
  useStartMonitoring(env);
  return (
    <AuthRoot env={env} navigate={navigateOutsideRouter}>
      <BrowserRouter>
        <NavigationBridge />
        <AppRoutes />
      </BrowserRouter>
    </AuthRoot>
  );
}
