import type { MutationCtx, QueryCtx } from "../_generated/server";
import { initialBreaker } from "./resilience/breaker";
import type { ProviderName } from "./resilience/provider-name";

export async function readProviderState(ctx: QueryCtx, provider: ProviderName) {
  return ctx.db.query("providerState").withIndex("by_provider", (q) => q.eq("provider", provider)).unique();
}

/** The provider's shared row, created on first use. */
export async function providerState(ctx: MutationCtx, provider: ProviderName) {
  const existing = await readProviderState(ctx, provider);
  if (existing) return existing;
  const id = await ctx.db.insert("providerState", { provider, breaker: initialBreaker(), keyCursor: 0, inFlight: 0 });
  return (await ctx.db.get(id))!;
}
