import { Fragment, type ReactNode } from "react";
import { Link } from "react-router-dom";

// Messages written for users name places: a provider's console page
// ("console.groq.com/keys") or the app's own Settings. Shown as real links.
const LINKABLE = /\b((?:console\.groq\.com|openrouter\.ai)\/[\w/.-]*[\w/])|\bin (Settings)\b/g;

/** `text` with console URLs as external links and "in Settings" linking to /settings. Plain text otherwise (never HTML). */
export function LinkedText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINKABLE)) {
    const [whole, url, settings] = match;
    parts.push(text.slice(last, match.index));
    if (url) {
      parts.push(
        <a key={match.index} href={`https://${url}`} target="_blank" rel="noreferrer noopener">
          {url}
        </a>,
      );
    } else if (settings) {
      parts.push(
        <Fragment key={match.index}>
          in{" "}
          <Link to="/settings" data-testid="settings-link">
            Settings
          </Link>
        </Fragment>,
      );
    }
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
