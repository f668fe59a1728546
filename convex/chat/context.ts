import type { Id } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";
import type { ChatTurn } from "../providers/seam";

const HISTORY_MESSAGES = 20;
// Behaviour only: limits are enforced in code, never by asking the model.
const SYSTEM_PROMPT = "You are a helpful assistant. Answer in Markdown.";

/** What the model sees: the system prompt and the recent finished turns before `before`. */
export async function conversationContext(ctx: QueryCtx, conversationId: Id<"conversations">, before?: number): Promise<ChatTurn[]> {
  const recent = await ctx.db
    .query("messages")
    .withIndex("by_conversation", (q) => q.eq("conversationId", conversationId))
    .order("desc")
    .filter((q) => (before === undefined ? true : q.lt(q.field("_creationTime"), before)))
    .take(HISTORY_MESSAGES * 2);
  const turns = recent
    .reverse()
    .filter((m) => m.role === "user" || m.status === "done")
    .slice(-HISTORY_MESSAGES)
    .map((m) => ({ role: m.role, content: m.content }));
  return [{ role: "system", content: SYSTEM_PROMPT }, ...turns];
}

export const contextChars = (turns: ChatTurn[]) => turns.reduce((sum, t) => sum + t.content.length, 0);
