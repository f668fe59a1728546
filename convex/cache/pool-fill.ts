import { v } from "convex/values";
import { internal } from "../_generated/api";
import { internalAction, internalMutation, internalQuery } from "../_generated/server";
import { utcDayKey } from "../../rules/daily-budget";
import { entitlementsFor } from "../../rules/entitlements";
import { chargeOf, type ChargedCall } from "../../rules/pricing";
import { deploymentKeyConfig, deploymentKeys } from "../chat/key-gates";
import { recordAlert } from "../alerts/record";
import { generateReply, type CallReport } from "../providers/failover-call";
import { streamFor } from "../providers/seam";
import { resilienceConfig } from "../providers/settings";
import { serverCacheChain } from "./chain";
import { MAX_POOL_PROMPTS, poolSize } from "./pool";
import { inFillWindow, needsFill, poolConfig } from "./pool-config";

// The pool's cron (every 15 minutes, crons.ts): checks the pool's size against
// its minimum (an alert), and in the off-hours window answers prompts that
// need it, through the provider gate, within the daily quota of calls.

/** Pool answers are written for anyone: the smallest tier's answer length. */
const POOL_MAX_TOKENS = entitlementsFor("free").maxTokens;
/** Prompts answered per run: a short action, many runs in a window. */
const FILL_BATCH = 5;
/** The pool's own instructions (a prepared answer knows nobody's custom instructions). */
const POOL_SYSTEM_PROMPT = "You are a helpful assistant. Answer in Markdown.";

export const due = internalQuery({
  args: { chain: v.array(v.string()), now: v.number(), refreshMs: v.number() },
  handler: async (ctx, { chain, now, refreshMs }) => {
    const rows = await ctx.db.query("cachePool").withIndex("by_answered").take(MAX_POOL_PROMPTS); // never answered first, then oldest
    return rows
      .filter((row) => needsFill(row, chain, refreshMs, now))
      .slice(0, FILL_BATCH)
      .map(({ _id, prompt }) => ({ _id, prompt }));
  },
});

/** Takes `calls` from today's quota, all or nothing; false when they do not fit. */
export const takeCalls = internalMutation({
  args: { calls: v.number(), dailyCalls: v.number(), now: v.number() },
  handler: async (ctx, { calls, dailyCalls, now }) => {
    const day = utcDayKey(now);
    const row = await ctx.db
      .query("cachePoolCalls")
      .withIndex("by_day", (q) => q.eq("day", day))
      .unique();
    const used = row?.calls ?? 0;
    if (used + calls > dailyCalls) return false;
    if (row) await ctx.db.patch(row._id, { calls: used + calls });
    else await ctx.db.insert("cachePoolCalls", { day, calls });
    return true;
  },
});

export const storeAnswer = internalMutation({
  args: {
    poolId: v.id("cachePool"),
    answer: v.string(),
    chain: v.array(v.string()),
    provider: v.string(),
    model: v.string(),
    costMicros: v.number(),
    now: v.number(),
  },
  handler: async (ctx, { poolId, now, ...answer }) => {
    // Removed by an admin while it was being answered: nothing to store.
    if (await ctx.db.get(poolId)) await ctx.db.patch(poolId, { ...answer, answeredAt: now });
  },
});

/** Below the configured minimum: one alert a day through the usual alert feed. */
export const checkSize = internalMutation({
  args: { now: v.number() },
  handler: async (ctx, { now }) => {
    const { minSize } = poolConfig();
    const size = await poolSize(ctx);
    if (minSize > 0 && size < minSize) {
      await recordAlert(
        ctx,
        {
          kind: "cache_pool_below_min",
          subject: "pool",
          level: "warning",
          message: `The prepared-answer pool has ${size} answers, below its minimum of ${minSize}`,
        },
        now,
      );
    }
    return size;
  },
});

export const fill = internalAction({
  /** `anyTime`: an admin's "Fill now", outside the off-hours window (the quota still binds). */
  args: { now: v.optional(v.number()), anyTime: v.optional(v.boolean()) },
  handler: async (ctx, args) => {
    const now = args.now ?? Date.now();
    const config = poolConfig();
    await ctx.runMutation(internal.cache["pool-fill"].checkSize, { now });
    if ((!args.anyTime && !inFillWindow(config.window, now)) || config.dailyCalls === 0) return { filled: 0 };
    const chain = serverCacheChain();
    const resilience = resilienceConfig();
    // No retries: each prompt makes at most one call per provider of the chain, all taken from the quota first.
    const noRetries = { ...resilience, retry: { ...resilience.retry, maxRetries: 0 } };
    const keys = { keys: deploymentKeyConfig() };
    let filled = 0;
    for (const row of await ctx.runQuery(internal.cache["pool-fill"].due, {
      chain,
      now,
      refreshMs: config.refreshMs,
    })) {
      const worstCalls = noRetries.failoverChain.length;
      if (
        !(await ctx.runMutation(internal.cache["pool-fill"].takeCalls, {
          calls: worstCalls,
          dailyCalls: config.dailyCalls,
          now,
        }))
      )
        break;
      const calls: ChargedCall[] = [];
      const outcome = await generateReply({
        config: noRetries,
        turns: [
          { role: "system", content: POOL_SYSTEM_PROMPT },
          { role: "user", content: row.prompt },
        ],
        maxTokens: POOL_MAX_TOKENS,
        streamFor,
        admit: deploymentKeys(ctx, keys),
        report: async (report: CallReport) => void (await ctx.runMutation(internal.providers.gate.report, report)),
        onText: async () => "continue",
        onCharge: (call) => void calls.push(call),
        signal: new AbortController().signal,
        now: Date.now,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        random: Math.random,
      });
      // Calls not made go back to the quota.
      const unused = worstCalls - outcome.attempts.filter((a) => a.keyId !== undefined).length;
      if (unused > 0)
        await ctx.runMutation(internal.cache["pool-fill"].takeCalls, {
          calls: -unused,
          dailyCalls: config.dailyCalls,
          now,
        });
      if (outcome.kind !== "done") break; // providers are struggling: try again next run
      const answer = {
        poolId: row._id,
        answer: outcome.text,
        chain,
        ...outcome.target,
        costMicros: chargeOf(calls).costMicros,
        now: Date.now(),
      };
      await ctx.runMutation(internal.cache["pool-fill"].storeAnswer, answer);
      filled++;
    }
    console.log(JSON.stringify({ event: "cache_pool_filled", filled }));
    return { filled };
  },
});
