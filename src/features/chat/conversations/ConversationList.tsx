import { useQuery } from "convex/react";
import { useId, useState } from "react";
import { api } from "../../../../convex/_generated/api";
import { useClock } from "@/lib/clock/use-clock";
import { ArchivedConversations } from "./ArchivedConversations";
import { ConversationListItem } from "./ConversationListItem";
import "./conversations.css";
import { SearchResults } from "./SearchResults";
import { sidebarSections } from "./sidebar-sections";
import { useDebouncedValue } from "./use-debounced-value";

const SEARCH_DELAY_MS = 250;

/** The signed-in user's conversations: a search box, pinned ones, then date groups, archived on demand (the server only returns their own). */
export function ConversationList() {
  const conversations = useQuery(api.chat.conversations.list);
  // Groups move at local midnight; a minute's step is close enough.
  const now = useClock(60_000);
  const [search, setSearch] = useState("");
  const searching = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const searchId = useId();

  return (
    <nav
      className="conversation-nav"
      aria-label="Conversations"
      data-testid="conversation-list"
      aria-busy={conversations === undefined}
    >
      <div className="conversation-search" role="search">
        <label htmlFor={searchId} className="visually-hidden">
          Search conversations
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search conversations"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="conversation-search"
        />
      </div>
      {searching && search.trim() ? (
        <SearchResults text={searching} />
      ) : conversations === undefined ? (
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
        sidebarSections(conversations, now).map(({ group, items }) => (
          <section
            key={group}
            className="conversation-group"
            aria-label={group}
            data-testid="conversation-group"
            data-group={group}
          >
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
      <ArchivedConversations />
    </nav>
  );
}
