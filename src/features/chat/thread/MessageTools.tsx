import { isOptimistic } from "../send/optimistic-exchanges";
import type { Message } from "../message";
import { CopyButton } from "./CopyButton";
import { FeedbackButtons } from "./FeedbackButtons";
import { useThreadActions } from "./thread-actions-context";
import { VersionSwitcher } from "./VersionSwitcher";
import "./message-versions.css";

/** Under the user's message: its versions (‹ 1/2 ›), Copy, Edit. */
export function UserMessageTools({ message, onEdit }: { message: Message; onEdit: () => void }) {
  const actions = useThreadActions();
  return (
    <div className="message-tools">
      <VersionSwitcher message={message} />
      <CopyButton text={message.content} />
      {actions.canEdit(message) && (
        <button
          type="button"
          className="button button--small message-tool"
          onClick={onEdit}
          title="Edit and send again: the conversation from here is kept as the earlier version"
          data-testid="edit-message"
        >
          Edit
        </button>
      )}
    </div>
  );
}

/** Beside a reply's actions: its versions, Copy once it has text, feedback once it is finished and stored. */
export function ReplyTools({ message }: { message: Message }) {
  const finished = message.status === "done" || message.status === "stopped";
  return (
    <span className="message-tools">
      <VersionSwitcher message={message} />
      {message.content !== "" && finished && <CopyButton text={message.content} />}
      {finished && !isOptimistic(message) && <FeedbackButtons reply={message} />}
    </span>
  );
}
