import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { useClock } from "../../../lib/clock/use-clock";
import { ConversationListItem } from "./ConversationListItem";
import "./conversations.css";
import { groupByDate } from "./date-groups";

/** The signed-in user's conversations, newest first (the server only ever returns their own). */
export function ConversationList() {
  const conversations = useQuery(api.chat.conversations.list);
  // Groups move at local midnight; a minute's step is close enough.
  const now = useClock(60_000);

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
        groupByDate(conversations, now).map(({ group, items }) => (
          <section key={group} className="conversation-group" aria-label={group} data-testid="conversation-group" data-group={group}>
            <h2 className="conversation-group__title" aria-hidden="true">
              {group}
            </h2>
            <ul className="conversation-list">
              {items.map((conversation) => (
                <ConversationListItem key={conversation._id} conversation={conversation} />
              ))}
            </ul>
          </section>
        ))
      )}
    </nav>
  );
}
