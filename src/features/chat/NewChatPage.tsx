import { useId } from "react";
import { Composer } from "./composer/Composer";
import { useComposerNotice } from "./composer-notice-context";
import { EmptyThread } from "./thread/ThreadPlaceholders";
import { useSendMessage } from "./use-send-message";

/** "/": a blank conversation. The first send creates it (titled from the message) and opens it. */
export function NewChatPage() {
  const send = useSendMessage();
  const notice = useComposerNotice();
  const titleId = useId();

  return (
    <section className="conversation" aria-labelledby={titleId}>
      <h1 id={titleId} className="conversation__title">
        New conversation
      </h1>
      <EmptyThread />
      <div className="conversation__composer">
        {notice}
        <Composer draftKey="new" onSend={send} />
      </div>
    </section>
  );
}
