import { Suspense, useState, type MouseEvent, type ReactNode } from "react";
import { Link, Outlet } from "react-router-dom";
import { MenuIcon, PlusIcon } from "../../components/icons";
import { LoadingPanel } from "../../components/LoadingPanel";
import { ComposerNoticeContext } from "./composer-notice-context";
import { ConversationList } from "./conversations/ConversationList";
import "./chat-layout.css";

type ChatLayoutProps = {
  /** Shown above the composer (the app passes the usage feature's limit notice). */
  composerNotice?: ReactNode;
};

/** Conversation sidebar plus the open conversation. On phones the sidebar is a toggled panel. */
export function ChatLayout({ composerNotice = null }: ChatLayoutProps) {
  const [sidebarOpen, setSidebarOpen] = useState(false);

  // Picking a conversation on a phone should show it, not leave the list on top.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest("a")) setSidebarOpen(false);
  };

  return (
    <div className="chat-layout" data-sidebar-open={sidebarOpen}>
      {/* Phones: the drawer's toggle, and "New conversation" without opening it. */}
      <div className="chat-layout__bar">
        <button
          type="button"
          className="button button--ghost sidebar-toggle"
          aria-expanded={sidebarOpen}
          aria-controls="chat-sidebar"
          onClick={() => setSidebarOpen((open) => !open)}
          data-testid="sidebar-toggle"
        >
          <MenuIcon />
          <span>Conversations</span>
        </button>
        <Link to="/" className="button button--ghost chat-layout__new" onClick={() => setSidebarOpen(false)} data-testid="new-conversation-bar">
          <PlusIcon />
          <span>New</span>
        </Link>
      </div>
      <aside id="chat-sidebar" className="sidebar" aria-label="Your conversations" onClick={closeOnLink}>
        <Link to="/" className="button button--primary button--block" data-testid="new-conversation">
          <PlusIcon />
          <span>New conversation</span>
        </Link>
        <ConversationList />
      </aside>
      <main className="chat-main" id="main" tabIndex={-1}>
        <ComposerNoticeContext.Provider value={composerNotice}>
          {/* The page's code loads on demand; the sidebar stays put meanwhile. */}
          <Suspense fallback={<LoadingPanel label="Loading…" />}>
            <Outlet />
          </Suspense>
        </ComposerNoticeContext.Provider>
      </main>
    </div>
  );
}
