import { createContext, useContext, type ComponentType, type ReactNode } from "react";

/** What differs between Clerk and the offline dev sign-in, behind one shape. */
export type AuthAdapter = {
  /** The sign-in UI; once signed in, the sign-in route sends the user to `redirectTo`. */
  SignInView: ComponentType<{ redirectTo: string }>;
  /**
   * Whether someone is signed in with the auth provider (Convex may not have
   * accepted the token yet). A hook, so the sign-in route needs no Convex
   * client: that keeps convex/react off the first route's critical path.
   */
  useIsSignedIn: () => boolean;
  /**
   * Convex with this provider's tokens, around everything behind sign-in. A
   * lazily loaded component: the Convex client is fetched with the signed-in
   * shell, not with the sign-in page.
   */
  ConvexSession: ComponentType<{ children: ReactNode }>;
  signOut: () => Promise<void>;
};

export const AuthAdapterContext = createContext<AuthAdapter | null>(null);

export function useAuthAdapter(): AuthAdapter {
  const adapter = useContext(AuthAdapterContext);
  if (!adapter) throw new Error("useAuthAdapter must be used inside an auth provider (Clerk or dev)");
  return adapter;
}
