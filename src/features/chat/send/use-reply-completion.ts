import { useEffect, useSyncExternalStore } from "react";
import { debugLog } from "@/lib/debug/ai-debug";
import { recordOwnKeySpend } from "@/lib/byok/own-key";
import { track } from "@/lib/monitoring/posthog";
import { replyCacheOwnedBy } from "@/lib/response-cache/user-reply-cache";
import type { Message } from "../message";
import { pendingRepliesVersion, subscribeToPendingReplies, takePendingReply } from "./pending-replies";
import { completeReply, isFinished, type CompletionDeps } from "./reply-completion";

const deps: CompletionDeps = {
  cacheReply: (userId, key, reply) => {
    replyCacheOwnedBy(userId)?.set(key, reply);
    debugLog("cache_store", { key: key.slice(0, 12), provider: reply.provider });
  },
  recordOwnKeySpend: (costMicros) => recordOwnKeySpend(costMicros),
  track,
  now: Date.now,
};

/** Watches the shown messages for replies this tab is waiting on, and completes each once. */
export function useReplyCompletion(messages: readonly Message[]): void {
  // A reply registered after its messages arrived still gets handled.
  const version = useSyncExternalStore(subscribeToPendingReplies, pendingRepliesVersion, pendingRepliesVersion);
  useEffect(() => {
    for (const message of messages) {
      if (message.role !== "assistant" || !isFinished(message)) continue;
      const pending = takePendingReply(message._id);
      if (pending) completeReply(message, pending, deps);
    }
  }, [messages, version]);
}
