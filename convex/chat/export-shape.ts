// One conversation as it is written into an export (a conversation's own
// download and the all-my-data export share it, so either file imports).
import type { Doc } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../../rules/chat-transfer";
import { instructionsRowOf } from "../users/instructions-store";

/** The top of every export file. */
export function exportHeader(now: number) {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now };
}

/**
 * Title, creation time, the conversation's own instructions and messages (oldest first, only the owner's); no ids, keys or costs.
 *
 * Versions (chat/versions.ts): the JSON export is the user's full copy, so earlier versions hidden by an edit or
 * a regenerate stay in it, each marked `hidden: true` (shown messages carry no mark). Everything that reads the
 * conversation as the user sees it skips them: the Markdown export (features/chat/conversations/export-markdown.ts)
 * and the import (chat/import-plan.ts), which cannot rebuild the version links (ids in a file are never trusted)
 * and so brings back the shown branch only.
 */
export async function exportedConversation(ctx: QueryCtx, conversation: Doc<"conversations">) {
  const messages = await ctx.db
    .query("messages")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversation._id))
    .collect();
  const instructions = (await instructionsRowOf(ctx, conversation.ownerId, conversation._id))?.text || null;
  return {
    title: conversation.title,
    createdAt: conversation._creationTime,
    instructions,
    messages: messages
      .filter((m) => m.ownerId === conversation.ownerId)
      .map((m) => ({
        role: m.role,
        content: m.content,
        status: m.status,
        createdAt: m._creationTime,
        provider: m.provider ?? null,
        model: m.model ?? null,
        ...(m.hiddenBranch === undefined ? {} : { hidden: true as const }),
      })),
  };
}
