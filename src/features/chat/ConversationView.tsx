import { usePaginatedQuery, useQuery } from "convex/react";
import { useEffect, useId, useMemo } from "react";
import { api } from "../../../convex/_generated/api";
import type { Id } from "../../../convex/_generated/dataModel";
import { Composer } from "./composer/Composer";
import { useComposerNotice } from "./composer-notice-context";
import { isReplyInProgress } from "./message";
import { clearPendingFirstSend, pendingUserMessage, usePendingFirstSend } from "./pending-first-send";
import { forgetStoredExchanges, useOptimisticExchanges, withOptimistic } from "./send/optimistic-exchanges";
import { useReplyCompletion } from "./send/use-reply-completion";
import { Thread } from "./thread/Thread";
import { ThreadActionsContext } from "./thread/thread-actions-context";
import { useEscapeStops } from "./thread/use-escape-stops";
import { useCopyLastReply } from "./use-copy-last-reply";
import { useThreadActionsFor } from "./use-thread-actions";
import { useCouncilAvailable } from "./use-council-available";
import { useSendMessage } from "./use-send-message";

const PAGE_SIZE = 30;

/** An existing conversation: its messages, streaming live, cache hits shown before they are stored, and the composer. */
export function ConversationView({ conversationId }: { conversationId: Id<"conversations"> }) {
  // Both queries throw not_found for a conversation that is not ours; ConversationPage's boundary shows it.
  const conversation = useQuery(api.chat.conversations.get, { conversationId });
  const { results, status, loadMore } = usePaginatedQuery(
    api.chat.messages.list,
    { conversationId },
    { initialNumItems: PAGE_SIZE },
  );
  const optimistic = useOptimisticExchanges(conversationId);
  // The server pages newest first; people read oldest first.
  const pending = usePendingFirstSend();
  const pendingHere = pending?.conversationId === conversationId ? pending : null;
  const messages = useMemo(() => {
    const listed = withOptimistic([...results].reverse(), optimistic);
    // The first message, sent from "/", until the server lists it: no skeleton in between.
    return listed.length === 0 && pendingHere ? [pendingUserMessage(pendingHere)] : listed;
  }, [results, optimistic, pendingHere]);
  const send = useSendMessage(conversationId, messages);
  const councilAvailable = useCouncilAvailable();
  const actions = useThreadActionsFor(messages, send);
  const notice = useComposerNotice();
  const titleId = useId();
  useReplyCompletion(messages);
  useEscapeStops(messages);
  useCopyLastReply(messages);
  useEffect(() => forgetStoredExchanges(results), [results]);
  useEffect(() => {
    if (results.length > 0 && pendingHere) clearPendingFirstSend();
  }, [results, pendingHere]);

  // A cache hit that just created this conversation is shown while the first page loads.
  const threadStatus = status === "LoadingFirstPage" && (optimistic.length > 0 || pendingHere) ? "Exhausted" : status;
  return (
    <section className="conversation" aria-labelledby={titleId}>
      {/* While it loads: the first message's words (the server titles from them), never "Loading…". */}
      <h1
        id={titleId}
        className="conversation__title"
        data-testid="conversation-title"
        title={conversation?.title}
        aria-busy={conversation === undefined}
      >
        {conversation?.title ?? pendingHere?.prompt.split("\n")[0] ?? "\u00a0"}
      </h1>
      <ThreadActionsContext.Provider value={actions}>
        <Thread messages={messages} status={threadStatus} onLoadOlder={() => loadMore(PAGE_SIZE)} />
      </ThreadActionsContext.Provider>
      <div className="conversation__composer">
        {notice}
        <Composer
          key={conversationId}
          draftKey={conversationId}
          onSend={send}
          waitingForReply={messages.some(isReplyInProgress)}
          councilAvailable={councilAvailable}
        />
      </div>
    </section>
  );
}
