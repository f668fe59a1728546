// Who is an admin, decided afresh at every sign-in from what the token proves.
// ADMIN_EMAILS counts only for an email the issuer says it verified: an
// unverified address is just text the person typed. Leaving the list (or
// losing verification) revokes the role at the next sign-in. The offline dev
// issuer's dev_role claim may grant it too, but only when that issuer is
// trusted at all (a loopback DEV_AUTH_ISSUER, see dev-issuer.ts).
import type { Role } from "../../rules/entitlements";

export type RoleSource = "admin_emails" | "dev_issuer";

export type RoleClaims = {
  email: string | undefined;
  emailVerified: boolean;
  /** The dev issuer's dev_role, already dropped unless that issuer is trusted. */
  devRole: Role | undefined;
};

export function adminEmailsFrom(raw: string | undefined): string[] {
  return (raw ?? "")
    .toLowerCase()
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The role this sign-in gives, and what gave it when it is admin. */
export function roleAtSignIn(claims: RoleClaims, adminEmails: readonly string[]): { role: Role; source?: RoleSource } {
  if (claims.emailVerified && claims.email && adminEmails.includes(claims.email))
    return { role: "admin", source: "admin_emails" };
  if (claims.devRole === "admin") return { role: "admin", source: "dev_issuer" };
  return { role: "user" };
}
