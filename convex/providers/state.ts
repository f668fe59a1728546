import type { Doc } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { addToCounter, readCounter } from "../lib/sharded-counter";
import { pickShard, SHARDS } from "../lib/shards";
import { initialBreaker } from "./resilience/breaker";
import type { ProviderName } from "./resilience/provider-name";

// A provider's shared state, laid out so that many concurrent calls do not
// all write one document: the breaker row (written only when the breaker
// changes) and budget shards (budget window, key cursor, calls in flight),
// one picked at random per call.

/** Requests per minute each budget shard admits at least: a small budget is not split (its row takes at most rpm writes a minute anyway). */
export const MIN_RPM_PER_SHARD = 200;

/**
 * At most twice a counter's shards: every call writes its budget shard twice
 * (admitted, then reported), so 1,000 calls a second are 2,000 writes.
 */
export const MAX_BUDGET_SHARDS = 2 * SHARDS;

/** How many shards a budget of `rpm` requests a minute is split over. */
export function budgetShardCount(rpm: number): number {
  return Math.max(1, Math.min(MAX_BUDGET_SHARDS, Math.floor(rpm / MIN_RPM_PER_SHARD)));
}

export async function readProviderState(ctx: QueryCtx, provider: ProviderName) {
  return ctx.db
    .query("providerState")
    .withIndex("by_provider", (q) => q.eq("provider", provider))
    .unique();
}

/** The provider's breaker row, created on first use. */
export async function providerState(ctx: MutationCtx, provider: ProviderName) {
  const existing = await readProviderState(ctx, provider);
  if (existing) return existing;
  const id = await ctx.db.insert("providerState", { provider, breaker: initialBreaker() });
  return (await ctx.db.get(id))!;
}

/** One of the provider's `shards` budget shards, picked at random, created on first use. */
export async function budgetShard(
  ctx: MutationCtx,
  provider: ProviderName,
  shards: number,
  shard = pickShard(shards),
): Promise<Doc<"providerShards">> {
  const existing = await ctx.db
    .query("providerShards")
    .withIndex("by_provider_shard", (q) => q.eq("provider", provider).eq("shard", shard))
    .unique();
  if (existing) return existing;
  const id = await ctx.db.insert("providerShards", { provider, shard, keyCursor: shard, inFlight: 0 });
  return (await ctx.db.get(id))!;
}

/**
 * Calls in flight: calls started (counted by the admitting budget shard)
 * minus calls ended (a sharded counter of its own, so a call's end is not a
 * second write to the shard that admitted it).
 */
export async function inFlightOf(ctx: QueryCtx, provider: ProviderName): Promise<number> {
  const shards = await ctx.db
    .query("providerShards")
    .withIndex("by_provider_shard", (q) => q.eq("provider", provider))
    .collect();
  const started = shards.reduce((sum, shard) => sum + shard.inFlight, 0);
  return Math.max(0, started - (await readCounter(ctx, callsEnded(provider))));
}

const callsEnded = (provider: ProviderName) => `calls_ended:${provider}`;

// Every call's end is counted, with no budget capping the rate: twice the usual shards.
const ENDED_SHARDS = 2 * SHARDS;

/** Counts one call as ended. */
export async function endCall(ctx: MutationCtx, provider: ProviderName) {
  await addToCounter(ctx, callsEnded(provider), 1, ENDED_SHARDS);
}

/** Requests the provider's budget shards admitted in the window starting at `windowStart`, summed. */
export async function budgetUsed(ctx: QueryCtx, provider: ProviderName, windowStart: number): Promise<number> {
  const shards = await ctx.db
    .query("providerShards")
    .withIndex("by_provider_shard", (q) => q.eq("provider", provider))
    .collect();
  return shards.reduce(
    (sum, shard) => sum + (shard.budgetWindow?.windowStart === windowStart ? shard.budgetWindow.count : 0),
    0,
  );
}
