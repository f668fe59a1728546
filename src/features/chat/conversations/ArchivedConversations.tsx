import { useQuery } from "convex/react";
import { useId, useState } from "react";
import { api } from "../../../../convex/_generated/api";
import { ConversationListItem } from "./ConversationListItem";

/** Archived conversations: out of the main list, one click away (read only while shown). */
export function ArchivedConversations() {
  const [open, setOpen] = useState(false);
  const archived = useQuery(api.chat.organize.listArchived, open ? {} : "skip");
  const listId = useId();
  return (
    <div className="conversation-archived-toggle">
      <button
        type="button"
        className="button button--ghost button--small"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
        data-testid="archived-toggle"
      >
        {open ? "Hide archived" : "Show archived"}
      </button>
      {open && (
        <ul id={listId} className="conversation-list" aria-label="Archived conversations" data-testid="archived-list">
          {archived?.length === 0 && <li className="muted conversation-nav__empty">Nothing archived.</li>}
          {archived?.map((conversation) => (
            <ConversationListItem key={conversation._id} conversation={conversation} />
          ))}
        </ul>
      )}
    </div>
  );
}
