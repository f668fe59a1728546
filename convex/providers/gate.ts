import { v } from "convex/values";
import { internalMutation, type MutationCtx } from "../_generated/server";
import { recordAlert } from "../guardrails/alerts";
import { utcDayKey } from "../../rules/daily-budget";
import { admit as breakerAdmit, recordFailure, recordSuccess } from "./resilience/breaker";
import { markKeyBad, pickKey, recordKeyUse, usageFor } from "./resilience/key-pool";
import { budgetAdmit } from "./resilience/provider-budget";
import type { ProviderName } from "./resilience/provider-name";
import { resilienceConfig } from "./settings";
import { providerState } from "./state";

const providerArg = v.union(v.literal("groq"), v.literal("openrouter"));

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
    const budget = budgetAdmit({ window: state.budgetWindow, now, rpm: config.budget.requestsPerMinute[provider] });
    if (!budget.allowed) return { unavailable: "budget_full" as const, retryAtMs: budget.retryAtMs };
    const breaker = breakerAdmit(state.breaker, now, config.breaker);
    if (!breaker.allowed) return { unavailable: "breaker_open" as const };

    const day = utcDayKey(now);
    const usage = await ctx.db.query("keyUsage").withIndex("by_provider_day", (q) => q.eq("provider", provider).eq("day", day)).collect();
    const quota = config.keys.dailyQuota[provider];
    const pick = pickKey({ keyIds, usage, cursor: state.keyCursor, quota, day });
    if (pick.exhausted) {
      await recordAlert(ctx, { kind: "api_quota_exceeded", subject: provider, level: "error", message: `Every ${provider} key is exhausted or rejected (${pick.badKeys} rejected, ${pick.atQuotaKeys} at quota)` });
      return { unavailable: "keys_exhausted" as const };
    }
    const row = usage.find((u) => u.keyId === pick.keyId);
    const used = recordKeyUse(usageFor(usage, pick.keyId, day), quota, config.keys.alertFraction);
    if (row) await ctx.db.patch(row._id, { used: used.next.used });
    else await ctx.db.insert("keyUsage", { provider, ...used.next });
    if (used.crossedAlert) {
      await recordAlert(ctx, { kind: "key_quota_90", subject: pick.keyId, level: "warning", message: `${provider} key ${pick.keyId} passed 90 % of its daily quota` });
    }
    await ctx.db.patch(state._id, { breaker: breaker.next, budgetWindow: budget.next, keyCursor: pick.nextCursor, inFlight: state.inFlight + 1 });
    return { keyId: pick.keyId };
}

/** The outcome of one call: moves the breaker, marks rejected keys, feeds health and metrics. */
export const report = internalMutation({
  args: { provider: providerArg, keyId: v.string(), ok: v.boolean(), errorClass: v.optional(v.string()), markKeyBad: v.optional(v.boolean()), breakerFailure: v.optional(v.boolean()) },
  handler: async (ctx, args) => {
    const now = Date.now();
    const provider: ProviderName = args.provider;
    const state = await providerState(ctx, provider);
    let breaker = state.breaker;
    if (args.ok || !args.breakerFailure) breaker = recordSuccess(breaker); // it answered: it is up
    else {
      const failed = recordFailure(breaker, now, resilienceConfig().breaker);
      breaker = failed.next;
      if (failed.opened) await recordAlert(ctx, { kind: "circuit_breaker_opened", subject: provider, level: "error", message: `${provider} circuit breaker opened after ${failed.next.consecutiveFailures} consecutive failures` });
    }
    await ctx.db.patch(state._id, { breaker, inFlight: Math.max(0, state.inFlight - 1) });
    if (args.markKeyBad) await markRejected(ctx, provider, args.keyId, now);
    await ctx.db.insert("providerCalls", { provider, ok: args.ok, errorClass: args.errorClass, at: now });
  },
});

async function markRejected(ctx: Parameters<typeof providerState>[0], provider: ProviderName, keyId: string, now: number) {
  const day = utcDayKey(now);
  const row = (await ctx.db.query("keyUsage").withIndex("by_provider_day", (q) => q.eq("provider", provider).eq("day", day)).collect()).find((u) => u.keyId === keyId);
  const { next, newlyBad } = markKeyBad(usageFor(row ? [row] : [], keyId, day));
  if (row) await ctx.db.patch(row._id, { bad: true });
  else await ctx.db.insert("keyUsage", { provider, ...next });
  if (newlyBad) await recordAlert(ctx, { kind: "key_rejected", subject: keyId, level: "error", message: `${provider} rejected key ${keyId} (401/403)` });
}
