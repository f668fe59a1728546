import { useQuery } from "convex/react";
import { NavLink } from "react-router-dom";
import { api } from "../../../../convex/_generated/api";

/** Conversations whose title or messages contain the search words (the server searches only the caller's). */
export function SearchResults({ text }: { text: string }) {
  const results = useQuery(api.chat.search.conversations, { text });
  if (results === undefined) {
    return (
      <p className="muted conversation-nav__empty" role="status">
        Searching…
      </p>
    );
  }
  if (results.length === 0) {
    return (
      <p className="muted conversation-nav__empty" role="status" data-testid="search-empty">
        No conversation matches “{text}”.
      </p>
    );
  }
  return (
    <ul className="conversation-list" aria-label="Search results" data-testid="search-results">
      {results.map((result) => (
        <li key={result._id} className="conversation-item" data-testid="search-result">
          <NavLink to={`/c/${result._id}`} className="conversation-item__link" title={result.title}>
            {result.title}
            {result.archived && <span className="conversation-badge">Archived</span>}
            {result.snippet && <span className="conversation-search__snippet">{result.snippet}</span>}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
