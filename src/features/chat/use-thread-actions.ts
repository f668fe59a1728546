import { useMemo } from "react";
import { isReplyInProgress, type Message } from "./message";
import { regenerateRequestFor } from "./send/cache-context";
import { isOptimistic } from "./send/optimistic-exchanges";
import { useRetryReply } from "./send/use-retry-reply";
import type { ThreadActions } from "./thread/thread-actions-context";
import type { SendMessage } from "./use-send-message";

/**
 * Retry (own key aware) for failed or stopped replies, and Regenerate for
 * the latest reply when it came from the cache: its prompt is sent again,
 * bypassing the cache, and the stale entry is forgotten.
 */
export function useThreadActionsFor(messages: readonly Message[], send: SendMessage): ThreadActions {
  const retry = useRetryReply(messages);
  return useMemo(() => {
    const busy = messages.some(isReplyInProgress);
    const latest = messages.at(-1);
    return {
      retry,
      canRegenerate: (reply) => !busy && reply === latest && reply.cached === true && reply.status === "done" && !isOptimistic(reply),
      regenerate: async (reply) => {
        const request = regenerateRequestFor(messages, reply);
        if (!request) throw new Error("The prompt for this reply is not loaded.");
        await send(request.prompt, { regenerate: { staleContext: request.staleContext }, docs: request.docs });
      },
    };
  }, [messages, retry, send]);
}
