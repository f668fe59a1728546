import { v } from "convex/values";
import { internal } from "../_generated/api";
import type { Doc } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { validateInput } from "../../rules/input/validate-input";
import { adminMutation, adminQuery } from "../lib/functions";
import { appError } from "../lib/errors";
import { serverCacheChain } from "./chain";
import { SEMANTIC_MAX_PROMPT_CHARS } from "./config";
import { poolConfig } from "./pool-config";
import { poolKeyOf, sameChain } from "./pool-match";
import { poolSuggestions } from "./pool-suggestions";

// The admin page's pool section: list, add, remove, suggestions.

/** A pool bigger than this is refused: the fill's daily quota could never keep it fresh, and the list reads it whole. */
export const MAX_POOL_PROMPTS = 1000;

const allRows = (ctx: QueryCtx) => ctx.db.query("cachePool").order("desc").take(MAX_POOL_PROMPTS);

/** Prompts with an answer from the current chain: what an outage can be answered with. */
export const readyCount = (rows: readonly Doc<"cachePool">[], chain: readonly string[]) =>
  rows.filter((row) => row.answer && sameChain(row.chain, chain)).length;

export async function poolSize(ctx: QueryCtx) {
  return readyCount(await allRows(ctx), serverCacheChain());
}

export const list = adminQuery({
  args: {},
  handler: async (ctx) => {
    const rows = await allRows(ctx);
    const chain = serverCacheChain();
    const config = poolConfig();
    return {
      prompts: rows.map((row) => ({
        _id: row._id,
        prompt: row.prompt,
        addedAt: row.addedAt,
        answeredAt: row.answeredAt,
        ready: !!row.answer && sameChain(row.chain, chain),
      })),
      size: readyCount(rows, chain),
      minSize: config.minSize,
      dailyCalls: config.dailyCalls,
      window: config.window,
      suggestions: await poolSuggestions(ctx, new Set(rows.map((row) => row.promptKey)), Date.now()),
    };
  },
});

export const add = adminMutation({
  args: { prompt: v.string() },
  handler: async (ctx, { prompt }) => {
    const input = validateInput(prompt);
    if (!input.ok) throw appError("invalid_input", { field: "prompt", message: input.reason });
    if (input.flags.length > 0)
      throw appError("invalid_input", {
        field: "prompt",
        message: "This prompt looks like an instruction to the model: it can't be prepared.",
      });
    if (prompt.length > SEMANTIC_MAX_PROMPT_CHARS)
      throw appError("invalid_input", {
        field: "prompt",
        message: `A pool prompt is at most ${SEMANTIC_MAX_PROMPT_CHARS} characters.`,
      });
    const promptKey = await poolKeyOf(prompt);
    if (
      await ctx.db
        .query("cachePool")
        .withIndex("by_prompt_key", (q) => q.eq("promptKey", promptKey))
        .first()
    ) {
      throw appError("invalid_input", { field: "prompt", message: "This prompt is already in the pool." });
    }
    if ((await allRows(ctx)).length >= MAX_POOL_PROMPTS)
      throw appError("invalid_input", {
        field: "prompt",
        message: `The pool holds at most ${MAX_POOL_PROMPTS} prompts: remove one first.`,
      });
    return ctx.db.insert("cachePool", { prompt: prompt.trim(), promptKey, addedBy: ctx.user._id, addedAt: Date.now() });
  },
});

/** "Fill now": one run of the fill outside its window (after adding prompts, or before expected trouble); the daily quota still binds. */
export const fillNow = adminMutation({
  args: {},
  handler: async (ctx) => {
    await ctx.scheduler.runAfter(0, internal.cache["pool-fill"].fill, { anyTime: true });
  },
});

export const remove = adminMutation({
  args: { poolId: v.id("cachePool") },
  handler: async (ctx, { poolId }) => {
    if (await ctx.db.get(poolId)) await ctx.db.delete(poolId);
  },
});
