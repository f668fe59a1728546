import { v } from "convex/values";
import { internal } from "../_generated/api";
import { action } from "../_generated/server";
import { appError } from "../lib/errors";
import { startAndGenerate } from "./reply-action";

/**
 * Generates a BYOK reply with the caller's own key. The key arrives in this
 * request's arguments and lives only in this action's memory: it is never
 * written to the database, scheduled, logged or put in an error.
 */
export const generate = action({
  args: { messageId: v.id("messages"), apiKey: v.string() },
  handler: async (ctx, { messageId, apiKey }): Promise<void> => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw appError("unauthenticated");
    const job = await ctx.runQuery(internal.chat["reply-state"].load, { messageId });
    if (!job || job.ownerToken !== identity.tokenIdentifier) throw appError("not_found");
    if (!job.byok || job.status !== "pending")
      throw appError("invalid_input", { message: "This reply is not waiting for your own key." });
    if (!apiKey.trim())
      throw appError("invalid_input", { message: "Add your API key in Settings first.", field: "apiKey" });
    await startAndGenerate(ctx, messageId, job, { provider: job.byok, apiKey: apiKey.trim() });
  },
});
