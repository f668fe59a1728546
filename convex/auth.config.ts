// Who may sign in. Clerk in every deployment (activate Clerk's Convex
// integration, or create a JWT template named `convex`, and set
// CLERK_JWT_ISSUER_DOMAIN with `npx convex env set`). The dev issuer of the
// offline stack is trusted only where DEV_AUTH_ISSUER is set to a loopback
// URL (users/dev-issuer.ts): set anywhere else by mistake, it is ignored.
import { trustedDevIssuer } from "./users/dev-issuer";

const clerkDomain = process.env.CLERK_JWT_ISSUER_DOMAIN;
const devIssuer = trustedDevIssuer(process.env);

export default {
  providers: [
    ...(clerkDomain ? [{ domain: clerkDomain, applicationID: "convex" }] : []),
    ...(devIssuer
      ? [
          {
            type: "customJwt" as const,
            applicationID: "convex",
            issuer: devIssuer,
            jwks: `${devIssuer}/.well-known/jwks.json`,
            algorithm: "RS256" as const,
          },
        ]
      : []),
  ],
};
