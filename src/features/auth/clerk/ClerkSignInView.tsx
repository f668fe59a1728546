import { SignIn } from "@clerk/clerk-react";

/** Clerk's hosted sign-in component, routed under /sign-in/* and returning to where the user was. */
export function ClerkSignInView({ redirectTo }: { redirectTo: string }) {
  return (
    <div className="clerk-sign-in" data-testid="clerk-sign-in">
      <SignIn routing="path" path="/sign-in" forceRedirectUrl={redirectTo} signUpForceRedirectUrl={redirectTo} />
    </div>
  );
}
