// What documentation chat costs, per model: embeddings (ingested chunks and
// questions, per embedding model) and docs answers (per chat model), per UTC
// day on sharded rows, summed for the admin dashboard. Written where the
// money is spent: ingestion's makeReady, a retrieval's query-cache record
// (a cached question embeds nothing), and the ending of a docs reply.
import { v } from "convex/values";
import { utcDayKey } from "../../rules/daily-budget";
import { costMicros, priceFor, type ChargedCall } from "../../rules/pricing";
import type { MutationCtx } from "../_generated/server";
import { adminQuery } from "../lib/functions";
import { pickShard } from "../lib/shards";

type SpendKind = "embedding" | "answer";
const MS_PER_DAY = 24 * 60 * 60 * 1000;
export const MAX_SPEND_DAYS = 31;

export async function recordDocsSpend(
  ctx: MutationCtx,
  entry: { day: string; kind: SpendKind; model: string; micros: number; calls: number },
) {
  if (entry.calls === 0 && entry.micros === 0) return;
  const { day, kind, model } = entry;
  const shard = pickShard();
  const row = await ctx.db
    .query("docSpend")
    .withIndex("by_day_kind_model_shard", (q) =>
      q.eq("day", day).eq("kind", kind).eq("model", model).eq("shard", shard),
    )
    .unique();
  if (row) await ctx.db.patch(row._id, { micros: row.micros + entry.micros, calls: row.calls + entry.calls });
  else await ctx.db.insert("docSpend", { day, kind, model, shard, micros: entry.micros, calls: entry.calls });
}

/** A docs reply's provider calls, each at its own model's price (a failover pays two models). */
export async function recordDocsAnswerSpend(ctx: MutationCtx, day: string, calls: readonly ChargedCall[]) {
  for (const call of calls) {
    await recordDocsSpend(ctx, {
      day,
      kind: "answer",
      model: `${call.provider}/${call.model}`,
      micros: costMicros(priceFor(call.provider, call.model), call.usage),
      calls: 1,
    });
  }
}

/** Spend per kind and model over the last `days` UTC days (today included), dearest first. */
export const perModel = adminQuery({
  args: { days: v.optional(v.number()) },
  handler: async (ctx, args) => {
    const days = Math.min(Math.max(1, Math.floor(args.days ?? 7) || 1), MAX_SPEND_DAYS);
    const now = Date.now();
    const totals = new Map<string, { kind: SpendKind; model: string; micros: number; calls: number }>();
    for (let i = 0; i < days; i++) {
      const day = utcDayKey(now - i * MS_PER_DAY);
      for (const row of await ctx.db
        .query("docSpend")
        .withIndex("by_day_kind_model_shard", (q) => q.eq("day", day))
        .collect()) {
        const key = `${row.kind}\u0000${row.model}`;
        const total = totals.get(key) ?? { kind: row.kind, model: row.model, micros: 0, calls: 0 };
        totals.set(key, { ...total, micros: total.micros + row.micros, calls: total.calls + row.calls });
      }
    }
    return { days, rows: [...totals.values()].sort((a, b) => b.micros - a.micros || a.model.localeCompare(b.model)) };
  },
});
