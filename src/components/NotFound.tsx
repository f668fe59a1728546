import { Link } from "react-router-dom";
import { StatusPanel } from "./StatusPanel";

/**
 * Shown for unknown URLs and for conversations that are not yours: the
 * server answers both with not_found, so no one learns what exists.
 */
export function NotFound({ fullPage = false }: { fullPage?: boolean }) {
  return (
    <StatusPanel title="Page not found" testId="not-found" fullPage={fullPage}>
      <p>There is nothing here. It may have been deleted, or the link may be wrong.</p>
      <p>
        <Link className="button button--primary" to="/">
          Go to your chats
        </Link>
      </p>
    </StatusPanel>
  );
}
