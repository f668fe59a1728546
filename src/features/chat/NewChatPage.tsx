import { useId } from "react";
import { Composer } from "./composer/Composer";
import { useComposerNotice } from "./composer-notice-context";
import { NEW_CONVERSATION_SCOPE, useOptimisticExchanges, withOptimistic } from "./send/optimistic-exchanges";
import { Thread } from "./thread/Thread";
import { EmptyThread } from "./thread/ThreadPlaceholders";
import { useSendMessage } from "./use-send-message";

/** "/": a blank conversation. The first send creates it (titled from the message) and opens it. */
export function NewChatPage() {
  const send = useSendMessage();
  const notice = useComposerNotice();
  const titleId = useId();
  // A cache hit shows here at once, while the server creates the conversation.
  const optimistic = useOptimisticExchanges(NEW_CONVERSATION_SCOPE);

  return (
    <section className="conversation" aria-labelledby={titleId}>
      <h1 id={titleId} className="conversation__title">
        New conversation
      </h1>
      {optimistic.length > 0 ? <Thread messages={withOptimistic([], optimistic)} status="Exhausted" onLoadOlder={() => undefined} /> : <EmptyThread />}
      <div className="conversation__composer">
        {notice}
        <Composer draftKey="new" onSend={send} />
      </div>
    </section>
  );
}
