// The first message of a new conversation, on screen from Enter until the
// server's copy is listed: no skeleton, no "Loading…" title, no blank gap
// while the conversation is created and its page opens. One at a time (a new
// conversation has one composer); a failed send clears it (the draft is back
// in the composer then).

import { useSyncExternalStore } from "react";
import type { Id } from "../../../convex/_generated/dataModel";
import type { Message } from "./message";

export type PendingFirstSend = { prompt: string; sentAt: number; conversationId?: string };

let pending: PendingFirstSend | null = null;
const listeners = new Set<() => void>();

function update(next: PendingFirstSend | null): void {
  pending = next;
  for (const listener of listeners) listener();
}

export function startPendingFirstSend(prompt: string, now = Date.now()): void {
  update({ prompt, sentAt: now });
}

/** The server created the conversation: its page takes the pending message over. */
export function pendingFirstSendCreated(conversationId: string): void {
  if (pending) update({ ...pending, conversationId });
}

export function clearPendingFirstSend(): void {
  if (pending) update(null);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function usePendingFirstSend(): PendingFirstSend | null {
  return useSyncExternalStore(
    subscribe,
    () => pending,
    () => pending,
  );
}

/** The pending prompt as a user message for the thread (a local id, never sent to the server). */
export function pendingUserMessage(send: PendingFirstSend): Message {
  return {
    _id: `pending:${send.sentAt}` as Id<"messages">,
    _creationTime: send.sentAt,
    conversationId: (send.conversationId ?? "new") as Id<"conversations">,
    role: "user",
    content: send.prompt,
    status: "done",
  };
}
