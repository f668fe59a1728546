import { usePaginatedQuery, useQuery } from "convex/react";
import { useId, useMemo } from "react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { Composer } from "./composer/Composer";
import { useComposerNotice } from "./composer-notice-context";
import { isReplyInProgress } from "./message";
import { Thread } from "./thread/Thread";
import { useSendMessage } from "./use-send-message";

const PAGE_SIZE = 30;

/** An existing conversation: its messages, streaming live, and the composer. */
export function ConversationView({ conversationId }: { conversationId: Id<"conversations"> }) {
  // Both queries throw not_found for a conversation that is not ours; ConversationPage's boundary shows it.
  const conversation = useQuery(api.chat.conversations.get, { conversationId });
  const { results, status, loadMore } = usePaginatedQuery(api.chat.messages.list, { conversationId }, { initialNumItems: PAGE_SIZE });
  // The server pages newest first; people read oldest first.
  const messages = useMemo(() => [...results].reverse(), [results]);
  const send = useSendMessage(conversationId);
  const notice = useComposerNotice();
  const titleId = useId();

  return (
    <section className="conversation" aria-labelledby={titleId}>
      <h1 id={titleId} className="conversation__title" data-testid="conversation-title">
        {conversation?.title ?? "Loading…"}
      </h1>
      <Thread messages={messages} status={status} onLoadOlder={() => loadMore(PAGE_SIZE)} />
      <div className="conversation__composer">
        {notice}
        <Composer key={conversationId} draftKey={conversationId} onSend={send} waitingForReply={messages.some(isReplyInProgress)} />
      </div>
    </section>
  );
}
