// Problems that surface after a send returned: generating a BYOK reply runs
// in the background (an action holding the key for one request), so its
// failure is shown on the reply it concerns rather than in the composer.

import { useSyncExternalStore } from "react";
import type { Id } from "../../../../convex/_generated/dataModel";

let problems: ReadonlyMap<Id<"messages">, string> = new Map();
const listeners = new Set<() => void>();

function update(next: ReadonlyMap<Id<"messages">, string>): void {
  problems = next;
  for (const listener of listeners) listener();
}

export function setReplyProblem(messageId: Id<"messages">, text: string | null): void {
  const next = new Map(problems);
  if (text === null) next.delete(messageId);
  else next.set(messageId, text);
  update(next);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function useReplyProblem(messageId: Id<"messages">): string | null {
  return useSyncExternalStore(
    subscribe,
    () => problems.get(messageId) ?? null,
    () => null,
  );
}
