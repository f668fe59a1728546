import { v } from "convex/values";
import { ownMessage } from "../chat/ownership";
import { userQuery } from "../lib/functions";
import { councilRunView } from "./view";

/** The latest council run of one of the caller's own messages (null when the message has none). */
export const forMessage = userQuery({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const reply = await ownMessage(ctx, ctx.user, messageId);
    const run = await ctx.db
      .query("councilRuns")
      .withIndex("by_message", (q) => q.eq("messageId", messageId))
      .order("desc")
      .first();
    return run ? councilRunView(run, reply) : null;
  },
});
