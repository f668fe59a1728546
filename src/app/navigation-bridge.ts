import { useEffect } from "react";
import { useNavigate, type NavigateFunction } from "react-router-dom";

// Clerk's provider sits above the router (auth → Convex → router), yet its
// redirects should be client-side navigations. The router's navigate is
// parked here by <NavigationBridge/>; before it mounts, a full page load does.
let routerNavigate: NavigateFunction | null = null;

export function navigateOutsideRouter(to: string, options?: { replace?: boolean }): void {
  if (routerNavigate) void routerNavigate(to, options);
  else if (options?.replace) window.location.replace(to);
  else window.location.assign(to);
}

/** Render once inside the router. */
export function NavigationBridge(): null {
  const navigate = useNavigate();
  useEffect(() => {
    routerNavigate = navigate;
    return () => {
      routerNavigate = null;
    };
  }, [navigate]);
  return null;
}
