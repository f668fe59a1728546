import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { ConversationListItem } from "./ConversationListItem";

/** The signed-in user's conversations, newest first (the server only ever returns their own). */
export function ConversationList() {
  const conversations = useQuery(api.chat.conversations.list);

  return (
    <nav className="conversation-nav" aria-label="Conversations" data-testid="conversation-list" aria-busy={conversations === undefined}>
      {conversations === undefined ? (
        <ul className="conversation-list" aria-hidden="true">
          {[0, 1, 2].map((index) => (
            <li key={index} className="skeleton skeleton--row" />
          ))}
        </ul>
      ) : conversations.length === 0 ? (
        <p className="muted conversation-nav__empty" data-testid="conversation-list-empty">
          No conversations yet.
        </p>
      ) : (
        <ul className="conversation-list">
          {conversations.map((conversation) => (
            <ConversationListItem key={conversation._id} conversation={conversation} />
          ))}
        </ul>
      )}
    </nav>
  );
}
