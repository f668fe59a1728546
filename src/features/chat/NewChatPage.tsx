import { useEffect, useId, useState } from "react";
import { Composer } from "./composer/Composer";
import type { ComposerRequest } from "./composer/composer-request";
import { useComposerNotice } from "./composer-notice-context";
import { NEW_CONVERSATION_SCOPE, useOptimisticExchanges, withOptimistic } from "./send/optimistic-exchanges";
import { Thread } from "./thread/Thread";
import { EmptyThread } from "./thread/ThreadPlaceholders";
import { pendingUserMessage, usePendingFirstSend } from "./pending-first-send";
import { PromptSuggestions } from "./PromptSuggestions";
import { useCouncilAvailable } from "./use-council-available";
import { useSendMessage } from "./use-send-message";

// The conversation page's code, fetched while the user types, so the first send opens it without a "Loading…" gap.
const preloadConversationPage = () => void import("./ConversationPage");

/** "/": a blank conversation. The first send creates it (titled from the message) and opens it. */
export function NewChatPage() {
  const send = useSendMessage();
  const councilAvailable = useCouncilAvailable();
  const notice = useComposerNotice();
  const titleId = useId();
  // A cache hit shows here at once, while the server creates the conversation.
  const optimistic = useOptimisticExchanges(NEW_CONVERSATION_SCOPE);
  const pending = usePendingFirstSend();
  // A picked suggestion goes through the composer, exactly as if typed and sent.
  const [request, setRequest] = useState<ComposerRequest>();
  useEffect(preloadConversationPage, []);
  const shown =
    optimistic.length > 0
      ? withOptimistic([], optimistic)
      : pending && !pending.conversationId
        ? [pendingUserMessage(pending)]
        : [];

  return (
    <section className="conversation" aria-labelledby={titleId}>
      <h1 id={titleId} className="conversation__title">
        New conversation
      </h1>
      {shown.length > 0 ? (
        <Thread messages={shown} status="Exhausted" onLoadOlder={() => undefined} />
      ) : (
        <EmptyThread>
          <PromptSuggestions onPick={(text) => setRequest({ text, id: Date.now() })} />
        </EmptyThread>
      )}
      <div className="conversation__composer">
        {notice}
        <Composer draftKey="new" onSend={send} councilAvailable={councilAvailable} request={request} />
      </div>
    </section>
  );
}
