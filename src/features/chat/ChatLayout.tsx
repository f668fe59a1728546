import { Suspense, type MouseEvent, type ReactNode } from "react";
import { Link, Outlet } from "react-router-dom";
import { MenuIcon, PlusIcon } from "@/components/icons";
import { LoadingPanel } from "@/components/LoadingPanel";
import { ShortcutsOverlay } from "@/components/shortcuts/ShortcutsOverlay";
import { ThemeSwitch } from "@/components/ThemeSwitch";
import { ariaKeyShortcuts, SHORTCUTS } from "@/lib/shortcuts/keymap";
import { ComposerNoticeContext } from "./composer-notice-context";
import { ConversationList } from "./conversations/ConversationList";
import { useChatShortcuts } from "./use-chat-shortcuts";
import "./chat-layout.css";

type ChatLayoutProps = {
  /** Shown above the composer (the app passes the usage feature's limit notice). */
  composerNotice?: ReactNode;
};

const keysOf = (id: string) => ariaKeyShortcuts(SHORTCUTS.find((shortcut) => shortcut.id === id)!);

/** Conversation sidebar plus the open conversation. On phones the sidebar is a toggled panel; on wide screens it can be hidden. */
export function ChatLayout({ composerNotice = null }: ChatLayoutProps) {
  const { sidebar, setSidebar, overlayOpen, setOverlayOpen, status } = useChatShortcuts();
  const setSidebarOpen = (open: boolean) => setSidebar((now) => ({ ...now, open }));

  // Picking a conversation on a phone should show it, not leave the list on top.
  const closeOnLink = (event: MouseEvent) => {
    if ((event.target as Element).closest("a")) setSidebarOpen(false);
  };

  return (
    <div
      className="chat-layout"
      data-sidebar-open={sidebar.open}
      data-sidebar-collapsed={sidebar.collapsed}
      data-testid="chat-layout"
    >
      {/* Phones: the drawer's toggle, and "New conversation" without opening it. */}
      <div className="chat-layout__bar">
        <button
          type="button"
          className="button button--ghost sidebar-toggle"
          aria-expanded={sidebar.open}
          aria-controls="chat-sidebar"
          aria-keyshortcuts={keysOf("toggleSidebar")}
          onClick={() => setSidebarOpen(!sidebar.open)}
          data-testid="sidebar-toggle"
        >
          <MenuIcon />
          <span>Conversations</span>
        </button>
        <Link
          to="/"
          className="button button--ghost chat-layout__new"
          onClick={() => setSidebarOpen(false)}
          data-testid="new-conversation-bar"
        >
          <PlusIcon />
          <span>New</span>
        </Link>
      </div>
      <aside
        id="chat-sidebar"
        className="sidebar"
        aria-label="Your conversations"
        onClick={closeOnLink}
        data-testid="chat-sidebar"
      >
        <Link
          to="/"
          className="button button--primary button--block"
          aria-keyshortcuts={keysOf("newChat")}
          data-testid="new-conversation"
        >
          <PlusIcon />
          <span>New conversation</span>
        </Link>
        <ConversationList />
        <div className="sidebar__footer">
          <ThemeSwitch />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setOverlayOpen(true)}
            aria-keyshortcuts={keysOf("showShortcuts")}
            data-testid="open-shortcuts"
          >
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </aside>
      <main className="chat-main" id="main" tabIndex={-1}>
        <ComposerNoticeContext.Provider value={composerNotice}>
          {/* The page's code loads on demand; the sidebar stays put meanwhile. */}
          <Suspense fallback={<LoadingPanel label="Loading…" />}>
            <Outlet />
          </Suspense>
        </ComposerNoticeContext.Provider>
      </main>
      <p className="shortcut-status" role="status" data-testid="shortcut-status">
        {status}
      </p>
      {overlayOpen && <ShortcutsOverlay onClose={() => setOverlayOpen(false)} />}
    </div>
  );
}
