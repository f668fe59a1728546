import type { ComponentType, ReactNode } from "react";

type SessionProps = { convexUrl: string; children: ReactNode };

/**
 * The adapter's ConvexSession: `Session` (a provider's lazily loaded Convex
 * wrapper) with the deployment URL bound. Call once per URL (useMemo): a new
 * component type would remount everything behind sign-in.
 */
export function convexSessionFor(
  Session: ComponentType<SessionProps>,
  convexUrl: string,
): ComponentType<{ children: ReactNode }> {
  return function ConvexSession({ children }: { children: ReactNode }) {
    return <Session convexUrl={convexUrl}>{children}</Session>;
  };
}
