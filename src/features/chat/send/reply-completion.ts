// What happens when a reply this tab asked for reaches an end state:
// - done: stored in the response cache under its request's key (cached
//   replies are never re-cached), reported as reply_completed, and as a
//   failover when another provider than the first one tried answered;
// - any end with a cost, on the user's own key: counted against their own
//   daily limit.

import { costBucket, latencyBucket } from "@/lib/monitoring/posthog-properties";
import type { CachedReply } from "@/lib/response-cache/user-reply-cache";
import type { Message } from "../message";
import type { PendingReply } from "./pending-replies";

export type CompletionDeps = {
  cacheReply(userId: string, key: string, reply: CachedReply): void;
  recordOwnKeySpend(costMicros: number): void;
  track(event: string, props?: Record<string, unknown>): void;
  now(): number;
};

const END_STATES = new Set<Message["status"]>(["done", "failed", "stopped"]);

export function isFinished(message: Pick<Message, "status">): boolean {
  return END_STATES.has(message.status);
}

export function completeReply(message: Message, pending: PendingReply, deps: CompletionDeps): void {
  if (pending.byok && message.costMicros !== undefined) deps.recordOwnKeySpend(message.costMicros);
  if (message.status !== "done") return;
  const { provider, model } = message;
  if (pending.cacheKey && !message.cached && provider && model && message.content !== "") {
    deps.cacheReply(pending.userId, pending.cacheKey, {
      messageId: message._id,
      content: message.content,
      provider,
      model,
    });
  }
  const started = message.timings?.requestedAt ?? pending.sentAt;
  const finished = message.timings?.finishedAt ?? deps.now();
  deps.track("reply_completed", {
    provider,
    cached: message.cached === true,
    latency_bucket: latencyBucket(finished - started),
    cost_bucket: costBucket(message.costMicros ?? Number.NaN),
  });
  const firstTried = message.attempts?.[0]?.provider;
  if (firstTried && provider && firstTried !== provider) deps.track("failover", { from: firstTried, to: provider });
}
