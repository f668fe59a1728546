import type { UserIdentity } from "convex/server";
import type { Doc, Id } from "../_generated/dataModel";
import { mutation, type MutationCtx } from "../_generated/server";
import { userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { writeAudit } from "../admin/audit";
import { isRole, isTier } from "../../rules/entitlements";
import { adminEmailsFrom, roleAtSignIn, type RoleSource } from "./admin-role";
import { trustedDevIssuer } from "./dev-issuer";

/** The signed-in user's profile as the UI needs it. */
export const get = userQuery({
  args: {},
  handler: async (ctx) => {
    const { _id, name, email, tier, role } = ctx.user;
    return { _id, name, email: email ?? null, tier, role };
  },
});

/**
 * Creates the user's row on first sign-in and keeps name, email and role
 * fresh. The role is decided again at every sign-in (users/admin-role.ts),
 * and every grant or revocation is written to the audit log in the same
 * transaction. The dev issuer may also choose tier and role (its
 * `dev_tier`/`dev_role` claims), honoured only for a loopback DEV_AUTH_ISSUER.
 */
export const ensure = mutation({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw appError("unauthenticated");
    const email = typeof identity.email === "string" ? identity.email.toLowerCase() : undefined;
    const name = identity.name ?? email ?? "Anonymous";
    const devIssuer = trustedDevIssuer();
    const fromDevIssuer = devIssuer !== undefined && identity.issuer === devIssuer;
    const devTier = fromDevIssuer && isTier(identity.dev_tier) ? identity.dev_tier : undefined;
    const { role, source } = roleAtSignIn(
      {
        email,
        emailVerified: identity.emailVerified === true,
        devRole: fromDevIssuer && isRole(identity.dev_role) ? identity.dev_role : undefined,
      },
      adminEmailsFrom(process.env.ADMIN_EMAILS),
    );

    const existing = await userOf(ctx, identity);
    if (existing) {
      await ctx.db.patch(existing._id, { name, email, role, ...(devTier ? { tier: devTier } : {}) });
      if (existing.role !== role) await auditRoleChange(ctx, existing._id, existing.role, role, source);
      return existing._id;
    }
    const userId = await ctx.db.insert("users", {
      tokenIdentifier: identity.tokenIdentifier,
      name,
      email,
      tier: devTier ?? "free",
      role,
    });
    if (role === "admin") await auditRoleChange(ctx, userId, null, role, source);
    return userId;
  },
});

function userOf(ctx: MutationCtx, identity: UserIdentity): Promise<Doc<"users"> | null> {
  return ctx.db
    .query("users")
    .withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier))
    .unique();
}

// Sign-in changes the role itself, so the actor is the user signing in; `source` says what decided it.
async function auditRoleChange(
  ctx: MutationCtx,
  userId: Id<"users">,
  before: string | null,
  after: string,
  source: RoleSource | undefined,
) {
  const action = after === "admin" ? "grant_admin" : "revoke_admin";
  await writeAudit(ctx, { actorId: userId, action, targetId: userId, before, after, ...(source ? { source } : {}) });
}
