import { v } from "convex/values";
import { internalAction } from "../_generated/server";
import { lookupRelaxedMatch, lookupServerCache, type CacheHit } from "./lookup";
import { recordCacheEntry } from "./record";

// Action entry points around the helpers in lookup.ts and record.ts, for a
// caller that is not already an action (a mutation schedules them) and for
// tests. Inside `chat/reply-action.run`, call the helpers directly instead.

const turns = v.array(
  v.object({ role: v.union(v.literal("system"), v.literal("user"), v.literal("assistant")), content: v.string() }),
);
const lookupArgs = { ownerId: v.id("users"), chain: v.array(v.string()), turns, now: v.number() };

export const lookup = internalAction({
  args: lookupArgs,
  handler: (ctx, args): Promise<CacheHit | null> => lookupServerCache(ctx, args),
});

export const lookupRelaxed = internalAction({
  args: lookupArgs,
  handler: (ctx, args): Promise<CacheHit | null> => lookupRelaxedMatch(ctx, args),
});

export const record = internalAction({
  args: { replyId: v.id("messages"), chain: v.array(v.string()), turns, now: v.number() },
  handler: (ctx, args) => recordCacheEntry(ctx, args),
});
