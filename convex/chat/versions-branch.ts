import type { Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { appError } from "../lib/errors";

// The shown branch of a conversation (versions.ts): its messages are the ones
// whose `hiddenBranch` is undefined, in creation order. Context building, the
// message list and the one-reply-at-a-time rule read only these.

/** The shown messages of a conversation, oldest first; `.order("desc")` for newest first. */
export function shownMessages(ctx: QueryCtx, conversationId: Id<"conversations">, before?: number) {
  return ctx.db.query("messages").withIndex("by_conversation_branch", (q) => {
    const shown = q.eq("conversationId", conversationId).eq("hiddenBranch", undefined);
    return before === undefined ? shown : shown.lt("_creationTime", before);
  });
}

// One reply at a time per conversation: a second send (edit, regenerate, a
// change of version) would answer or hide a conversation whose last turn is
// still being written. A reply in progress is always on the shown branch:
// nothing hides a branch while one is.
export async function assertNoReplyInProgress(ctx: QueryCtx, conversationId: Id<"conversations">) {
  const latest = await shownMessages(ctx, conversationId).order("desc").first();
  if (latest?.role === "assistant" && (latest.status === "pending" || latest.status === "streaming")) {
    throw appError("invalid_input", {
      message: "A reply is still being written here. Wait for it, or stop it, before sending again.",
    });
  }
}
