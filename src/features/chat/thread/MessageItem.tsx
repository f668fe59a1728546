import { memo, useState } from "react";
import { CitationPanel } from "@/components/citations/CitationPanel";
import { MessageTime } from "@/components/MessageTime";
import { ReplyAddonSlot } from "@/components/reply-addon";
import { PlainText } from "@/components/safe-text/PlainText";
import { failureText, isReplyInProgress, type Message } from "../message";
import { EditMessageForm } from "./EditMessageForm";
import { FlaggedNote } from "./FlaggedNote";
import { LazySafeText } from "./LazySafeText";
import { ReplyActions } from "./ReplyActions";
import { ReplyMeta } from "./ReplyMeta";
import { ReplyTools, UserMessageTools } from "./MessageTools";
import { ReplyStatus } from "./ReplyStatus";

/** One message. Memoised: while a reply streams, the messages above it do not re-render. */
export const MessageItem = memo(function MessageItem({ message }: { message: Message }) {
  const isUser = message.role === "user";
  const inProgress = isReplyInProgress(message);
  const [editing, setEditing] = useState(false);

  return (
    <article
      className={`message message--${message.role}`}
      data-testid="message"
      data-role={message.role}
      data-status={message.status}
      aria-busy={inProgress}
    >
      <h2 className="visually-hidden">{isUser ? "You said" : "Assistant replied"}</h2>
      <MessageTime at={message._creationTime} />
      <div className="message__bubble">
        <div className="message__content" data-testid="message-content">
          {isUser && editing ? (
            <EditMessageForm message={message} onDone={() => setEditing(false)} />
          ) : isUser ? (
            <PlainText text={message.content} />
          ) : (
            // Also around an empty reply: an add-on may show what the reply is waiting for (a council's stages).
            <ReplyAddonSlot message={message}>
              {message.content !== "" && <LazySafeText markdown={message.content} streaming={inProgress} />}
            </ReplyAddonSlot>
          )}
        </div>
        {message.docsSources && message.status === "done" && <CitationPanel sources={message.docsSources} />}
        {inProgress && <ReplyStatus message={message} />}
        {message.status === "failed" && (
          <p className="message__error" role="alert" data-testid="message-error">
            {failureText(message)}
          </p>
        )}
        {message.status === "stopped" && (
          <p className="message__note" data-testid="message-stopped">
            Stopped.
          </p>
        )}
      </div>
      {message.flags && message.flags.length > 0 && <FlaggedNote flags={message.flags} />}
      {isUser && !editing && <UserMessageTools message={message} onEdit={() => setEditing(true)} />}
      {!isUser && (
        <div className="message__footer">
          {(message.status === "done" || message.status === "stopped") && <ReplyMeta message={message} />}
          <ReplyActions message={message} />
          <ReplyTools message={message} />
        </div>
      )}
    </article>
  );
});
