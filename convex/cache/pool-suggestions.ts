import type { QueryCtx } from "../_generated/server";
import { personalMarkersIn } from "./personal-markers";
import { poolKeyOf } from "./pool-match";

/** Live entries read for suggestions (newest expiry first); enough to see what is popular now. */
const SCANNED_ENTRIES = 1000;
const SUGGESTIONS = 10;
/** A prompt is suggested only when this many different users asked it: an admin never sees one person's question. */
export const MIN_ASKERS = 2;

/**
 * The most frequent cache keys among live entries, as pool suggestions: the
 * same normalised request (chain, context, prompt) from at least two users,
 * with no personal marker, not already in the pool. Most askers first.
 */
export async function poolSuggestions(ctx: QueryCtx, inPool: ReadonlySet<string>, now: number) {
  const entries = await ctx.db
    .query("cacheEntries")
    .withIndex("by_expiry", (q) => q.gt("expiresAt", now))
    .order("desc")
    .take(SCANNED_ENTRIES);
  const byKey = new Map<string, { prompt: string; askers: Set<string> }>();
  for (const entry of entries) {
    const seen = byKey.get(entry.exactKey) ?? { prompt: entry.prompt, askers: new Set<string>() };
    seen.askers.add(entry.ownerId);
    byKey.set(entry.exactKey, seen);
  }
  const popular = [...byKey.values()].filter(
    (s) => s.askers.size >= MIN_ASKERS && personalMarkersIn(s.prompt).length === 0,
  );
  const fresh = [];
  for (const s of popular.sort((a, b) => b.askers.size - a.askers.size)) {
    if (!inPool.has(await poolKeyOf(s.prompt))) fresh.push({ prompt: s.prompt, askers: s.askers.size });
    if (fresh.length === SUGGESTIONS) break;
  }
  return fresh;
}
