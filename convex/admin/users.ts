import { paginationOptsValidator } from "convex/server";
import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { adminMutation, adminQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { todaysSpend } from "../guardrails/daily-spend";
import { isMicros } from "../../rules/money";
import { tierValidator } from "../users/tables";
import { writeAudit } from "./audit";

/** Users, newest first, with what an operator needs to act: tier, role, cap and today's spend. */
export const list = adminQuery({
  args: { paginationOpts: paginationOptsValidator },
  handler: async (ctx, { paginationOpts }) => {
    const now = Date.now();
    const page = await ctx.db.query("users").order("desc").paginate(paginationOpts);
    const rows = await Promise.all(
      page.page.map(async (user) => ({ ...publicFields(user), today: await todaysSpend(ctx, user, now) })),
    );
    return { ...page, page: rows };
  },
});

export const setTier = adminMutation({
  args: { userId: v.id("users"), tier: tierValidator },
  handler: async (ctx, { userId, tier }) => {
    const target = await userOrNotFound(ctx, userId);
    if (target.tier === tier) return publicFields(target);
    await ctx.db.patch(userId, { tier });
    await writeAudit(ctx, {
      actorId: ctx.user._id,
      action: "set_tier",
      targetId: userId,
      before: target.tier,
      after: tier,
    });
    return publicFields({ ...target, tier });
  },
});

/** Sets the user's own daily cap in micro-USD, or clears it (null) back to the tier's. */
export const setDailyCap = adminMutation({
  args: { userId: v.id("users"), capMicros: v.union(v.number(), v.null()) },
  handler: async (ctx, { userId, capMicros }) => {
    if (capMicros !== null && !isMicros(capMicros)) {
      throw appError("invalid_input", {
        message: "A daily cap is a whole, non-negative number of micro-USD.",
        field: "capMicros",
      });
    }
    const target = await userOrNotFound(ctx, userId);
    const before = target.dailyCapOverrideMicros ?? null;
    if (before === capMicros) return publicFields(target);
    await ctx.db.patch(userId, { dailyCapOverrideMicros: capMicros ?? undefined });
    await writeAudit(ctx, {
      actorId: ctx.user._id,
      action: "set_daily_cap",
      targetId: userId,
      before,
      after: capMicros,
    });
    return publicFields({ ...target, dailyCapOverrideMicros: capMicros ?? undefined });
  },
});

async function userOrNotFound(ctx: QueryCtx, userId: Id<"users">) {
  const user = await ctx.db.get(userId);
  if (!user) throw appError("not_found");
  return user;
}

// Never the token identifier: it is how sign-in finds the row.
function publicFields(user: Doc<"users">) {
  const { _id, _creationTime, name, email, tier, role, dailyCapOverrideMicros } = user;
  return {
    _id,
    _creationTime,
    name,
    email: email ?? null,
    tier,
    role,
    dailyCapOverrideMicros: dailyCapOverrideMicros ?? null,
  };
}
