import { mutation } from "../_generated/server";
import { userQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { isRole, isTier } from "../../rules/entitlements";

/** The signed-in user's profile as the UI needs it. */
export const get = userQuery({
  args: {},
  handler: async (ctx) => {
    const { _id, name, email, tier, role } = ctx.user;
    return { _id, name, email: email ?? null, tier, role };
  },
});

/**
 * Creates the user's row on first sign-in and keeps name and email fresh.
 * Admins come from ADMIN_EMAILS. The dev issuer may also choose tier and role
 * (its `dev_tier`/`dev_role` claims), honoured only for the issuer named in
 * DEV_AUTH_ISSUER, which exists on the offline stack alone.
 */
export const ensure = mutation({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw appError("unauthenticated");
    const email = typeof identity.email === "string" ? identity.email.toLowerCase() : undefined;
    const name = identity.name ?? email ?? "Anonymous";
    const fromDevIssuer = !!process.env.DEV_AUTH_ISSUER && identity.issuer === process.env.DEV_AUTH_ISSUER;
    const adminEmails = (process.env.ADMIN_EMAILS ?? "").toLowerCase().split(",").map((s) => s.trim()).filter(Boolean);
    const devRole = fromDevIssuer && isRole(identity.dev_role) ? identity.dev_role : undefined;
    const devTier = fromDevIssuer && isTier(identity.dev_tier) ? identity.dev_tier : undefined;
    const listedAdmin = !!email && adminEmails.includes(email);

    const existing = await ctx.db
      .query("users")
      .withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier))
      .unique();
    if (existing) {
      await ctx.db.patch(existing._id, {
        name,
        email,
        ...(devTier ? { tier: devTier } : {}),
        ...(devRole ? { role: devRole } : listedAdmin ? { role: "admin" as const } : {}),
      });
      return existing._id;
    }
    return ctx.db.insert("users", {
      tokenIdentifier: identity.tokenIdentifier,
      name,
      email,
      tier: devTier ?? "free",
      role: devRole ?? (listedAdmin ? "admin" : "user"),
    });
  },
});
