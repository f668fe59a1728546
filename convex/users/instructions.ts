import { v } from "convex/values";
import { validateCustomInstructions } from "../../rules/custom-instructions";
import { appError } from "../lib/errors";
import { userMutation, userQuery } from "../lib/functions";
import { instructionsRowOf } from "./instructions-store";

/** The caller's custom instructions ("" when none). */
export const get = userQuery({
  args: {},
  handler: async (ctx) => {
    const row = await instructionsRowOf(ctx, ctx.user._id);
    return { text: row?.text ?? "", updatedAt: row?.updatedAt ?? null };
  },
});

/**
 * Saves the caller's custom instructions after the input rules (with their own
 * length limit, rules/custom-instructions.ts); blank text clears them. They go
 * into every later request's system message, after the guardrail text.
 */
export const save = userMutation({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    const row = await instructionsRowOf(ctx, ctx.user._id);
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
    else await ctx.db.insert("customInstructions", { ownerId: ctx.user._id, ...fields });
    return { flags: verdict.flags };
  },
});
