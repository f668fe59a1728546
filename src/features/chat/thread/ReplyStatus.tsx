import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import type { Message } from "../message";

/** "Thinking…", "Queued — position 3" or "Writing…" while a reply is on its way. */
export function ReplyStatus({ message }: { message: Message }) {
  // Only a pending reply can be queued; skip the subscription otherwise.
  const position = useQuery(
    api.providers.queue.position,
    message.status === "pending" ? { messageId: message._id } : "skip",
  );
  const text =
    message.status === "streaming"
      ? "Writing…"
      : typeof position === "number"
        ? `Queued — position ${position}`
        : "Thinking…";

  return (
    <p className="reply-status" data-testid="message-status">
      <span className="typing-dots" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {text}
    </p>
  );
}
