import { v } from "convex/values";
import type { Doc, Id } from "../_generated/dataModel";
import type { MutationCtx, QueryCtx } from "../_generated/server";
import { userMutation } from "../lib/functions";
import { appError } from "../lib/errors";
import { ownMessage } from "./ownership";
import { assertNoReplyInProgress } from "./versions-branch";
import { isSelectable, MAX_BRANCH_MESSAGES, versionPosition } from "./versions-rules";

// Versions of a message (edit and resend, regenerate) without destroying
// anything. The shown branch is every message whose `hiddenBranch` is
// undefined, in creation order (index by_conversation_branch): a new message
// is always appended to it, and a branch leaves it as a suffix. Hiding a
// version hides it and every shown message after it under that version's
// id; showing it again brings back exactly that set, so each branch comes
// back as it was left, its own version choices included.

/**
 * Hides `version` and every shown message after it, as the branch headed by
 * `version`; marks it as versioned. Returns the id its new sibling carries in `versionOf`.
 */
export async function hideBranchFrom(
  ctx: MutationCtx,
  version: Doc<"messages">,
  limit = MAX_BRANCH_MESSAGES,
): Promise<Id<"messages">> {
  const versionOf = version.versionOf ?? version._id;
  const branch = await ctx.db
    .query("messages")
    .withIndex("by_conversation_branch", (q) =>
      q
        .eq("conversationId", version.conversationId)
        .eq("hiddenBranch", undefined)
        .gte("_creationTime", version._creationTime),
    )
    .take(limit + 1);
  if (branch.length > limit) {
    throw appError("invalid_input", {
      message: `This message has more than ${limit} messages after it: start a new conversation from here instead.`,
    });
  }
  for (const message of branch) await ctx.db.patch(message._id, { hiddenBranch: version._id });
  await ctx.db.patch(version._id, { versionOf });
  return versionOf;
}

async function showBranchOf(ctx: MutationCtx, version: Doc<"messages">) {
  const branch = await ctx.db
    .query("messages")
    .withIndex("by_conversation_branch", (q) =>
      q.eq("conversationId", version.conversationId).eq("hiddenBranch", version._id),
    )
    .collect();
  for (const message of branch) await ctx.db.patch(message._id, { hiddenBranch: undefined });
}

/** Every version of a versioned message, oldest first. */
async function versionsOf(ctx: QueryCtx, versionOf: Id<"messages">) {
  return ctx.db
    .query("messages")
    .withIndex("by_version_of", (q) => q.eq("versionOf", versionOf))
    .collect();
}

/** "‹ 2/3 ›" for a shown message with versions, else null. */
export async function versionsShownFor(ctx: QueryCtx, message: Doc<"messages">) {
  if (!message.versionOf) return null;
  return versionPosition(
    (await versionsOf(ctx, message.versionOf)).map((m) => m._id),
    message._id,
  );
}

/**
 * Shows another version of a message (‹ ›): the shown one and what follows it
 * are hidden as its branch, the chosen one's branch comes back. Nothing is
 * deleted, asked of a provider or charged. Refused while a reply is being written.
 */
export const show = userMutation({
  args: { messageId: v.id("messages") },
  handler: async (ctx, { messageId }) => {
    const target = await ownMessage(ctx, ctx.user, messageId);
    if (!target.versionOf || !isSelectable(target))
      throw appError("invalid_input", { message: "This version can't be shown from here." });
    const shown = (await versionsOf(ctx, target.versionOf)).find((m) => m.hiddenBranch === undefined);
    if (!shown) throw appError("invalid_input", { message: "This version can't be shown from here." });
    await assertNoReplyInProgress(ctx, target.conversationId);
    await hideBranchFrom(ctx, shown);
    await showBranchOf(ctx, target);
    return null;
  },
});
