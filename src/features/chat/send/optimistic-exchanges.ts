// Cache hits on screen before the server has them. A hit becomes a pair of
// local messages (the prompt and the cached reply) in the thread it was sent
// from ("new" for a conversation not created yet); once stored, the pair
// moves to its conversation and disappears as soon as the server's copy of
// the reply is in the list. A failed store removes it again.

import { useSyncExternalStore } from "react";
import type { Id } from "../../../../convex/_generated/dataModel";
import type { CachedReply } from "@/lib/response-cache/user-reply-cache";
import type { Message } from "../message";
import type { OptimisticHandle } from "./send-flow";

export const NEW_CONVERSATION_SCOPE = "new";
const OPTIMISTIC_ID_PREFIX = "optimistic:";

type Exchange = { scope: string; messages: [Message, Message]; storedAs?: Id<"messages"> };

let exchanges: readonly Exchange[] = [];
let counter = 0;
const listeners = new Set<() => void>();

function update(next: readonly Exchange[]): void {
  exchanges = next;
  for (const listener of listeners) listener();
}

export function isOptimistic(message: Pick<Message, "_id">): boolean {
  return message._id.startsWith(OPTIMISTIC_ID_PREFIX);
}

export function showOptimisticExchange(
  scope: string,
  prompt: string,
  reply: CachedReply,
  now = Date.now(),
): OptimisticHandle {
  const local = (suffix: string) => `${OPTIMISTIC_ID_PREFIX}${++counter}:${suffix}` as Id<"messages">;
  const common = { _creationTime: now, conversationId: scope as Id<"conversations"> };
  const exchange: Exchange = {
    scope,
    messages: [
      { ...common, _id: local("user"), role: "user", content: prompt, status: "done" },
      {
        ...common,
        _id: local("reply"),
        role: "assistant",
        status: "done",
        cached: true,
        costMicros: 0,
        content: reply.content,
        provider: reply.provider,
        model: reply.model,
      },
    ],
  };
  update([...exchanges, exchange]);
  return {
    stored: ({ conversationId, assistantMessageId }) => {
      update(
        exchanges.map((candidate) =>
          candidate === exchange ? { ...exchange, scope: conversationId, storedAs: assistantMessageId } : candidate,
        ),
      );
    },
    discard: () => update(exchanges.filter((candidate) => candidate !== exchange)),
  };
}

/** Drops exchanges whose reply the server now lists. */
export function forgetStoredExchanges(serverMessages: readonly Pick<Message, "_id">[]): void {
  const ids = new Set(serverMessages.map((message) => message._id));
  if (exchanges.some((exchange) => exchange.storedAs && ids.has(exchange.storedAs))) {
    update(exchanges.filter((exchange) => !(exchange.storedAs && ids.has(exchange.storedAs))));
  }
}

/** The server's messages (oldest first) plus this scope's exchanges it does not list yet. */
export function withOptimistic(serverMessages: readonly Message[], scoped: readonly Exchange[]): Message[] {
  const ids = new Set(serverMessages.map((message) => message._id));
  const pending = scoped.filter((exchange) => !(exchange.storedAs && ids.has(exchange.storedAs)));
  return pending.length === 0
    ? [...serverMessages]
    : [...serverMessages, ...pending.flatMap((exchange) => exchange.messages)];
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** This scope's exchanges; the same array until the store changes (useSyncExternalStore needs that). */
export function exchangesIn(scope: string): readonly Exchange[] {
  return scopedCache(exchanges, scope);
}

export function useOptimisticExchanges(scope: string): readonly Exchange[] {
  return useSyncExternalStore(
    subscribe,
    () => exchangesIn(scope),
    () => exchangesIn(scope),
  );
}

let lastAll: readonly Exchange[] | null = null;
const byScope = new Map<string, readonly Exchange[]>();
function scopedCache(all: readonly Exchange[], scope: string): readonly Exchange[] {
  if (all !== lastAll) {
    lastAll = all;
    byScope.clear();
  }
  let scoped = byScope.get(scope);
  if (!scoped) {
    scoped = all.filter((exchange) => exchange.scope === scope);
    byScope.set(scope, scoped);
  }
  return scoped;
}

/** Tests only. */
export function resetOptimisticExchangesForTests(): void {
  update([]);
}
