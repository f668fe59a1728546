import { createContext, useContext, type ComponentType } from "react";

/** What differs between Clerk and the offline dev sign-in, behind one shape. */
export type AuthAdapter = {
  /** The sign-in UI; once Convex confirms the session the sign-in route sends the user to `redirectTo`. */
  SignInView: ComponentType<{ redirectTo: string }>;
  signOut: () => Promise<void>;
};

export const AuthAdapterContext = createContext<AuthAdapter | null>(null);

export function useAuthAdapter(): AuthAdapter {
  const adapter = useContext(AuthAdapterContext);
  if (!adapter) throw new Error("useAuthAdapter must be used inside an auth provider (Clerk or dev)");
  return adapter;
}
