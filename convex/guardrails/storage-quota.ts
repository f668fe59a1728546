import { defineRateLimits } from "convex-helpers/server/rateLimit";
import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";
import { entitlementsFor } from "../../rules/entitlements";
import { conversationCreationLimitFor } from "../../rules/rate-window";
import { appError } from "../lib/errors";

// Per-user storage: conversations and messages kept, counted in `storageCounts`
// as they are stored (here) and deleted (deleteConversationCascade), so a
// quota check reads one row instead of counting a user's messages.

const { rateLimit } = defineRateLimits({
  "conversations:free": conversationCreationLimitFor("free"),
  "conversations:pro": conversationCreationLimitFor("pro"),
  "conversations:enterprise": conversationCreationLimitFor("enterprise"),
});

async function countsOf(ctx: MutationCtx, userId: Id<"users">) {
  const row = await ctx.db
    .query("storageCounts")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .unique();
  return (
    row ?? {
      _id: await ctx.db.insert("storageCounts", { userId, conversations: 0, messages: 0 }),
      conversations: 0,
      messages: 0,
    }
  );
}

/**
 * Counts a new conversation: refused with `rate_limited` when the user creates
 * them faster than the tier allows (convex-helpers token bucket), and with
 * `quota_exceeded` when they already keep as many as the tier allows.
 */
export async function admitNewConversation(ctx: MutationCtx, user: Doc<"users">, now = Date.now()) {
  const status = await rateLimit(ctx, { name: `conversations:${user.tier}`, key: user._id });
  if (!status.ok) {
    const retryAt = status.retryAt ?? now;
    throw appError("rate_limited", { retryAfterMs: Math.max(0, retryAt - now), resetsAt: retryAt });
  }
  const limit = entitlementsFor(user.tier).maxConversations;
  const counts = await countsOf(ctx, user._id);
  if (counts.conversations >= limit) throw appError("quota_exceeded", { field: "conversations", limit });
  await ctx.db.patch(counts._id, { conversations: counts.conversations + 1 });
}

/** Counts `added` new messages, or throws `quota_exceeded` if they would pass the tier's quota. */
export async function admitStoredMessages(ctx: MutationCtx, user: Doc<"users">, added: number) {
  const limit = entitlementsFor(user.tier).maxStoredMessages;
  const counts = await countsOf(ctx, user._id);
  if (counts.messages + added > limit) throw appError("quota_exceeded", { field: "messages", limit });
  await ctx.db.patch(counts._id, { messages: counts.messages + added });
}

/** Uncounts what was deleted; never below zero (rows stored before counting began were never counted). */
export async function forgetStored(
  ctx: MutationCtx,
  userId: Id<"users">,
  removed: { conversations: number; messages: number },
) {
  const row = await ctx.db
    .query("storageCounts")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .unique();
  if (!row) return;
  await ctx.db.patch(row._id, {
    conversations: Math.max(0, row.conversations - removed.conversations),
    messages: Math.max(0, row.messages - removed.messages),
  });
}
