import { useAuth } from "@clerk/clerk-react";
import { ConvexProviderWithClerk } from "convex/react-clerk";
import type { ReactNode } from "react";
import { convexClientFor } from "@/lib/convex-client";

/** Convex authenticated with Clerk's token (Clerk's Convex integration); loaded with the signed-in shell. */
export function ClerkConvexSession({ convexUrl, children }: { convexUrl: string; children: ReactNode }) {
  return (
    <ConvexProviderWithClerk client={convexClientFor(convexUrl)} useAuth={useAuth}>
      {children}
    </ConvexProviderWithClerk>
  );
}
