import { v } from "convex/values";
import { internalMutation, type MutationCtx } from "../_generated/server";
import { shareOf } from "../lib/sharded-counter";
import { recordAlert } from "../alerts/record";
import { utcDayKey } from "../../rules/daily-budget";
import { admit as breakerAdmit, recordFailure, recordSuccess, type BreakerState } from "./resilience/breaker";
import { markKeyBad, pickKey, recordKeyUse, usageFor, type KeyUsage } from "./resilience/key-pool";
import { budgetAdmit } from "./resilience/provider-budget";
import type { ProviderName } from "./resilience/provider-name";
import { resilienceConfig } from "./settings";
import { providerValidator } from "./validators";
import { budgetShard, budgetShardCount, endCall, providerState } from "./state";

const providerArg = providerValidator;

/**
 * May one call to this provider go ahead now, and with which key? Checks the
 * provider's request budget, its circuit breaker and its key pool, and
 * records the decision in the same transaction, so concurrent actions agree.
 */
export const admit = internalMutation({
  args: { provider: providerArg, keyIds: v.array(v.string()) },
  handler: async (ctx, { provider, keyIds }) => admitCall(ctx, provider, keyIds),
});

/** `admit` as a plain function, so a generation's first admission can share its start's transaction. */
export async function admitCall(ctx: MutationCtx, provider: ProviderName, keyIds: string[]) {
  const now = Date.now();
  const config = resilienceConfig();
  if (keyIds.length === 0) return { unavailable: "not_configured" as const };
  const state = await providerState(ctx, provider);
  // The budget, the key cursor and the count of calls in flight live on one shard picked at random (state.ts).
  const rpm = config.budget.requestsPerMinute[provider];
  const shards = budgetShardCount(rpm);
  const shard = await budgetShard(ctx, provider, shards);
  const budget = budgetAdmit({ window: shard.budgetWindow, now, rpm: shareOf(rpm, shard.shard, shards) });
  if (!budget.allowed) return { unavailable: "budget_full" as const, retryAtMs: budget.retryAtMs };
  const breaker = breakerAdmit(state.breaker, now, config.breaker);
  if (!breaker.allowed) return { unavailable: "breaker_open" as const };

  const day = utcDayKey(now);
  const counted = await keyUsageOf(ctx, provider, day, shard.shard);
  const quota = shareOf(config.keys.dailyQuota[provider], shard.shard, shards);
  const pick = pickKey({ keyIds, usage: counted.usage, cursor: shard.keyCursor, quota, day });
  if (pick.exhausted) {
    await recordAlert(ctx, {
      kind: "api_quota_exceeded",
      subject: provider,
      level: "error",
      message: `Every ${provider} key is exhausted or rejected (${pick.badKeys} rejected, ${pick.atQuotaKeys} at quota)`,
    });
    return { unavailable: "keys_exhausted" as const };
  }
  const row = counted.rows.find((u) => u.keyId === pick.keyId);
  const used = recordKeyUse(usageFor(counted.usage, pick.keyId, day), quota, config.keys.alertFraction);
  if (row) await ctx.db.patch(row._id, { used: row.used + 1 });
  else await ctx.db.insert("keyUsage", { provider, keyId: pick.keyId, day, used: 1, bad: false, shard: shard.shard });
  if (used.crossedAlert) {
    await recordAlert(ctx, {
      kind: "key_quota_90",
      subject: pick.keyId,
      level: "warning",
      message: `${provider} key ${pick.keyId} passed 90 % of its daily quota`,
    });
  }
  if (!sameBreaker(breaker.next, state.breaker)) await ctx.db.patch(state._id, { breaker: breaker.next }); // unchanged for a healthy provider: not written
  await ctx.db.patch(shard._id, {
    budgetWindow: budget.next,
    keyCursor: pick.nextCursor,
    inFlight: shard.inFlight + 1,
  });
  return { keyId: pick.keyId };
}

/**
 * This shard's use of each key today. Rows without a shard (a rejected key's
 * mark, or counts written before sharding) apply to every shard: their `bad`
 * and `used` are added in.
 */
async function keyUsageOf(ctx: MutationCtx, provider: ProviderName, day: string, shard: number) {
  const byShard = (s: number | undefined) =>
    ctx.db
      .query("keyUsage")
      .withIndex("by_provider_day", (q) => q.eq("provider", provider).eq("day", day).eq("shard", s))
      .collect();
  const [rows, shared] = await Promise.all([byShard(shard), byShard(undefined)]);
  const usage = new Map<string, KeyUsage>();
  for (const { keyId, used, bad } of [...rows, ...shared]) {
    const before = usage.get(keyId);
    usage.set(keyId, { keyId, day, used: (before?.used ?? 0) + used, bad: (before?.bad ?? false) || bad });
  }
  return { rows, usage: [...usage.values()] };
}

/** Field by field: a breaker read back from the database may list its fields in another order. */
const sameBreaker = (a: BreakerState, b: BreakerState) =>
  a.state === b.state &&
  a.consecutiveFailures === b.consecutiveFailures &&
  a.openedAt === b.openedAt &&
  a.probeInFlight === b.probeInFlight &&
  a.probeStartedAt === b.probeStartedAt;

/** The outcome of one call: moves the breaker, marks rejected keys, feeds health and metrics. */
export const report = internalMutation({
  args: {
    provider: providerArg,
    keyId: v.string(),
    ok: v.boolean(),
    errorClass: v.optional(v.string()),
    markKeyBad: v.optional(v.boolean()),
    breakerFailure: v.optional(v.boolean()),
  },
  handler: async (ctx, args) => {
    const now = Date.now();
    const provider: ProviderName = args.provider;
    const state = await providerState(ctx, provider);
    let breaker = state.breaker;
    if (args.ok || !args.breakerFailure)
      breaker = recordSuccess(breaker); // it answered: it is up
    else {
      const failed = recordFailure(breaker, now, resilienceConfig().breaker);
      breaker = failed.next;
      if (failed.opened)
        await recordAlert(ctx, {
          kind: "circuit_breaker_opened",
          subject: provider,
          level: "error",
          message: `${provider} circuit breaker opened after ${failed.next.consecutiveFailures} consecutive failures`,
        });
    }
    if (!sameBreaker(breaker, state.breaker)) await ctx.db.patch(state._id, { breaker }); // a healthy provider's row is not written
    await endCall(ctx, provider);
    if (args.markKeyBad) await markRejected(ctx, provider, args.keyId, now);
    await ctx.db.insert("providerCalls", { provider, ok: args.ok, errorClass: args.errorClass, at: now });
  },
});

/** The day's mark on a rejected key: a row without a shard, which every shard reads. */
async function markRejected(ctx: MutationCtx, provider: ProviderName, keyId: string, now: number) {
  const day = utcDayKey(now);
  const marks = await ctx.db
    .query("keyUsage")
    .withIndex("by_provider_day", (q) => q.eq("provider", provider).eq("day", day).eq("shard", undefined))
    .collect();
  const row = marks.find((u) => u.keyId === keyId);
  const { next, newlyBad } = markKeyBad(usageFor(row ? [row] : [], keyId, day));
  if (row) await ctx.db.patch(row._id, { bad: true });
  else await ctx.db.insert("keyUsage", { provider, ...next });
  if (newlyBad)
    await recordAlert(ctx, {
      kind: "key_rejected",
      subject: keyId,
      level: "error",
      message: `${provider} rejected key ${keyId} (401/403)`,
    });
}
