import type { PaginationStatus } from "convex/react";
import { isReplyInProgress, type Message } from "../message";
import { MessageItem } from "./MessageItem";
import { EmptyThread, ThreadSkeleton } from "./ThreadPlaceholders";
import { useStickToBottom } from "./use-stick-to-bottom";

type ThreadProps = {
  /** Oldest first. */
  messages: Message[];
  status: PaginationStatus;
  onLoadOlder: () => void;
};

export function Thread({ messages, status, onLoadOlder }: ThreadProps) {
  const stick = useStickToBottom<HTMLDivElement>(messages);

  if (status === "LoadingFirstPage") return <ThreadSkeleton />;
  if (messages.length === 0) return <EmptyThread />;
  const streaming = messages.some(isReplyInProgress);
  return (
    <>
      <div
        {...stick.container}
        className="thread"
        role="log"
        aria-label="Messages"
        // Busy while a reply streams: screen readers announce it once, complete.
        aria-busy={streaming}
        tabIndex={0}
        data-testid="thread"
      >
        {(status === "CanLoadMore" || status === "LoadingMore") && (
          <button
            type="button"
            className="button button--small thread__older"
            onClick={onLoadOlder}
            disabled={status === "LoadingMore"}
            data-testid="load-older"
          >
            {status === "LoadingMore" ? "Loading…" : "Load older messages"}
          </button>
        )}
        {messages.map((message) => (
          <MessageItem key={message._id} message={message} />
        ))}
      </div>
      {/* Outside the log (its changes are announced) and of no height (nothing moves when it shows). */}
      {stick.awayFromBottom && (
        <div className="thread__jump">
          <button
            type="button"
            className="button button--small"
            onClick={stick.jumpToBottom}
            data-testid="scroll-to-bottom"
            data-streaming={streaming}
          >
            ↓ {streaming ? "Follow the reply" : "Jump to latest"}
          </button>
        </div>
      )}
    </>
  );
}
