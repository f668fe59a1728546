import { v } from "convex/values";
import { validateCustomInstructions } from "../../rules/custom-instructions";
import { ownConversation } from "../chat/ownership";
import { appError } from "../lib/errors";
import { userMutation, userQuery } from "../lib/functions";
import { instructionsRowOf } from "./instructions-store";

// Without conversationId: the caller's own instructions, for every conversation;
// with it: one conversation's (theirs only: anyone else's is "not found").
const scope = { conversationId: v.optional(v.id("conversations")) };

/** The caller's custom instructions, or one of their conversation's ("" when none). */
export const get = userQuery({
  args: scope,
  handler: async (ctx, { conversationId }) => {
    if (conversationId) await ownConversation(ctx, ctx.user, conversationId);
    const row = await instructionsRowOf(ctx, ctx.user._id, conversationId);
    return { text: row?.text ?? "", updatedAt: row?.updatedAt ?? null };
  },
});

/**
 * Saves custom instructions after the input rules (with their own length
 * limit, rules/custom-instructions.ts); blank text clears them. They go into
 * every later request's system message, after the guardrail text.
 */
export const save = userMutation({
  args: { text: v.string(), ...scope },
  handler: async (ctx, { text, conversationId }) => {
    if (conversationId) await ownConversation(ctx, ctx.user, conversationId);
    const row = await instructionsRowOf(ctx, ctx.user._id, conversationId);
    const now = Date.now();
    // Cleared instructions keep their row (text "") so `updatedAt` still tells a cached reply it predates the change.
    if (text.trim() === "") {
      if (row) await ctx.db.patch(row._id, { text: "", flags: undefined, updatedAt: now });
      return { flags: [] };
    }
    const verdict = validateCustomInstructions(text);
    if (!verdict.ok) throw appError("invalid_input", { field: "instructions", message: verdict.reason });
    const fields = { text, flags: verdict.flags.length ? verdict.flags : undefined, updatedAt: now };
    if (row) await ctx.db.patch(row._id, fields);
    else await ctx.db.insert("customInstructions", { ownerId: ctx.user._id, conversationId, ...fields });
    return { flags: verdict.flags };
  },
});
