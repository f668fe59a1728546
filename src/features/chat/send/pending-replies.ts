// Replies this tab asked for and is waiting on, with what to do when they
// finish: the cache key to store a done reply under, whether the user's own
// key pays for it. In memory: a reply that finishes after a reload is not
// cached or counted here (the server still stores and bills it).

import type { Id } from "../../../../convex/_generated/dataModel";
import type { ReplyExpectation } from "./send-flow";

export type PendingReply = ReplyExpectation & { userId: string; sentAt: number };

const pending = new Map<Id<"messages">, PendingReply>();
let version = 0;
const listeners = new Set<() => void>();

export function expectReply(messageId: Id<"messages">, reply: PendingReply): void {
  pending.set(messageId, reply);
  version++;
  for (const listener of listeners) listener();
}

/** Removes and returns the expectation, so a reply is handled once. */
export function takePendingReply(messageId: Id<"messages">): PendingReply | undefined {
  const reply = pending.get(messageId);
  pending.delete(messageId);
  return reply;
}

export function subscribeToPendingReplies(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const pendingRepliesVersion = () => version;
