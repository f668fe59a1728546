import { customCtx, customMutation, customQuery } from "convex-helpers/server/customFunctions";
import type { Doc } from "../_generated/dataModel";
import { mutation, query, type QueryCtx } from "../_generated/server";
import { appError } from "./errors";

/** The signed-in user's row; every public function starts here. */
export async function currentUser(ctx: QueryCtx): Promise<Doc<"users">> {
  const identity = await ctx.auth.getUserIdentity();
  if (!identity) throw appError("unauthenticated");
  const user = await ctx.db
    .query("users")
    .withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier))
    .unique();
  if (!user) throw appError("unauthenticated", { message: "Finish signing in first." });
  return user;
}

export async function currentAdmin(ctx: QueryCtx): Promise<Doc<"users">> {
  const user = await currentUser(ctx);
  if (user.role !== "admin") throw appError("forbidden");
  return user;
}

// Public functions built from these cannot forget the auth check.
export const userQuery = customQuery(
  query,
  customCtx(async (ctx) => ({ user: await currentUser(ctx) })),
);
export const userMutation = customMutation(
  mutation,
  customCtx(async (ctx) => ({ user: await currentUser(ctx) })),
);
export const adminQuery = customQuery(
  query,
  customCtx(async (ctx) => ({ user: await currentAdmin(ctx) })),
);
export const adminMutation = customMutation(
  mutation,
  customCtx(async (ctx) => ({ user: await currentAdmin(ctx) })),
);
