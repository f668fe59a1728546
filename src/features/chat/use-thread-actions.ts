import { useMemo } from "react";
import { isReplyInProgress, type Message } from "./message";
import { isOptimistic } from "./send/optimistic-exchanges";
import { useRetryReply } from "./send/use-retry-reply";
import type { ThreadActions } from "./thread/thread-actions-context";
import { useVersionActions } from "./thread/use-version-actions";
import type { SendMessage } from "./use-send-message";

/**
 * Retry (own key aware) for failed or stopped replies; Regenerate for any
 * finished reply and Edit for any of the user's messages, each making a new
 * version (server side, through every guardrail). None while a reply is being
 * written, nor on a cache hit not yet stored.
 */
export function useThreadActionsFor(messages: readonly Message[], _send?: SendMessage): ThreadActions {
  const retry = useRetryReply(messages);
  const versions = useVersionActions(messages);
  return useMemo(() => {
    const busy = messages.some(isReplyInProgress);
    return {
      retry,
      ...versions,
      canRegenerate: (reply) => !busy && reply.role === "assistant" && reply.status === "done" && !isOptimistic(reply),
      canEdit: (message) => !busy && message.role === "user" && !isOptimistic(message),
    };
  }, [messages, retry, versions]);
}
