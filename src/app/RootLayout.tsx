import { Outlet, useLocation } from "react-router-dom";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { StartupError } from "./StartupError";

/** Every page: a skip link for keyboard users, then the route, whose crash does not outlive a navigation. */
export function RootLayout() {
  const { pathname } = useLocation();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <ErrorBoundary resetKey={pathname} fallback={(error) => <StartupError error={error} />}>
        <Outlet />
      </ErrorBoundary>
    </>
  );
}
