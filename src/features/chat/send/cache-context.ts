// What the cache key knows about a conversation: the turns the model would
// see, mirroring convex/chat/context.ts (user messages and finished replies,
// the last 20). The server's system prompt is the same for every request, so
// leaving it out changes no key.

import type { CacheKeyInput } from "@/lib/response-cache/cache-key";
import type { Message } from "../message";

const HISTORY_MESSAGES = 20;

export type ContextTurn = CacheKeyInput["context"][number];

/** `messages` oldest first. */
export function cacheContextOf(messages: readonly Pick<Message, "role" | "status" | "content">[]): ContextTurn[] {
  return messages
    .filter((message) => message.role === "user" || message.status === "done")
    .slice(-HISTORY_MESSAGES)
    .map(({ role, content }) => ({ role, content }));
}

/** `docs`: the prompt was a Docs-mode question, asked again of the same corpus. */
export type RegenerateRequest = {
  prompt: string;
  staleContext: ContextTurn[];
  docs?: { corpus: NonNullable<Message["docsCorpus"]> };
};

/**
 * For Regenerate on `reply`: the prompt it answered and the context that
 * prompt was sent with (to forget the stale cache entry), or null when the
 * reply has no prompt before it. A Docs-mode prompt keeps its corpus.
 */
export function regenerateRequestFor(
  messages: readonly Message[],
  reply: Pick<Message, "_id">,
): RegenerateRequest | null {
  const replyIndex = messages.findIndex((message) => message._id === reply._id);
  if (replyIndex <= 0) return null;
  const before = messages.slice(0, replyIndex);
  const promptIndex = before.findLastIndex((message) => message.role === "user");
  const prompt = before[promptIndex];
  if (!prompt) return null;
  const request = { prompt: prompt.content, staleContext: cacheContextOf(before.slice(0, promptIndex)) };
  return prompt.docsCorpus ? { ...request, docs: { corpus: prompt.docsCorpus } } : request;
}

export function contextChars(context: readonly ContextTurn[]): number {
  return context.reduce((sum, turn) => sum + turn.content.length, 0);
}
