import { useState } from "react";
import { flushSync } from "react-dom";
import { useLocation, useNavigate } from "react-router-dom";
import { focusConversationSearch, requestCopyLastReply } from "@/lib/shortcuts/chat-commands";
import { useShortcutKeys } from "@/lib/shortcuts/use-shortcut-keys";
import { useShortcutStatus } from "@/components/shortcuts/use-shortcut-status";

const PHONE_LAYOUT = "(max-width: 760px)";
const focusComposer = () => document.querySelector<HTMLElement>('[data-testid="composer-input"]')?.focus();

export type SidebarState = { open: boolean; collapsed: boolean };

/**
 * The chat's keyboard shortcuts (src/lib/shortcuts/keymap.ts): new chat,
 * search, copy the last reply, show or hide the sidebar, the overlay. Stop
 * (Escape) is the conversation's own (thread/use-escape-stops.ts).
 */
export function useChatShortcuts() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // Phones: a drawer, closed at first; wide screens: a column, shown at first.
  const [sidebar, setSidebar] = useState<SidebarState>({ open: false, collapsed: false });
  const [overlayOpen, setOverlayOpen] = useState(false);
  const [status, showStatus] = useShortcutStatus();
  const showSidebar = () =>
    flushSync(() =>
      setSidebar((now) => (matchMedia(PHONE_LAYOUT).matches ? { ...now, open: true } : { ...now, collapsed: false })),
    );

  useShortcutKeys({
    newChat: () => (pathname === "/" ? focusComposer() : navigate("/")),
    focusSearch: () => {
      showSidebar(); // a hidden box cannot take the focus
      if (!focusConversationSearch()) showStatus("There is no conversation search here yet.");
    },
    copyLastReply: () =>
      void requestCopyLastReply().then((copied) =>
        showStatus(
          copied === null
            ? "There is no reply to copy yet."
            : copied
              ? "Copied the last reply."
              : "The browser did not let us copy.",
        ),
      ),
    toggleSidebar: () =>
      setSidebar((now) =>
        matchMedia(PHONE_LAYOUT).matches ? { ...now, open: !now.open } : { ...now, collapsed: !now.collapsed },
      ),
    showShortcuts: () => setOverlayOpen(true),
  });

  return { sidebar, setSidebar, overlayOpen, setOverlayOpen, status };
}
