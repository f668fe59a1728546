import { userQuery } from "../lib/functions";
import { chatRequestsUsed } from "./rate-limit";
import { todaysSpend } from "./daily-spend";

/** The signed-in user's usage meter: requests this minute, spend today, when each resets. */
export const mine = userQuery({
  args: {},
  handler: async (ctx) => ({
    tier: ctx.user.tier,
    requests: await chatRequestsUsed(ctx, ctx.user),
    spend: await todaysSpend(ctx, ctx.user),
  }),
});
