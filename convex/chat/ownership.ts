import type { Doc, Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import { appError } from "../lib/errors";

// "Not found" for someone else's rows too: no one learns what exists.
export async function ownConversation(ctx: QueryCtx, user: Doc<"users">, id: Id<"conversations">) {
  const conversation = await ctx.db.get(id);
  if (!conversation || conversation.ownerId !== user._id) throw appError("not_found");
  return conversation;
}

export async function ownMessage(ctx: QueryCtx, user: Doc<"users">, id: Id<"messages">) {
  const message = await ctx.db.get(id);
  if (!message || message.ownerId !== user._id) throw appError("not_found");
  return message;
}
