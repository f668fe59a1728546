import { ConvexProviderWithAuth } from "convex/react";
import type { ReactNode } from "react";
import { convexClientFor } from "@/lib/convex-client";
import { useDevConvexAuth } from "./use-dev-convex-auth";

/** Convex authenticated with the offline issuer's tokens; loaded with the signed-in shell. */
export function DevConvexSession({ convexUrl, children }: { convexUrl: string; children: ReactNode }) {
  return (
    <ConvexProviderWithAuth client={convexClientFor(convexUrl)} useAuth={useDevConvexAuth}>
      {children}
    </ConvexProviderWithAuth>
  );
}
