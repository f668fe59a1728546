import { ChatLayout } from "../features/chat/ChatLayout";
import { RequireUser } from "../features/auth/RequireUser";
import { LimitNotice } from "../features/usage/LimitNotice";
import { SendLimitProvider } from "../lib/send-limit/SendLimitProvider";
import { AppHeader } from "./AppHeader";

/**
 * Everything behind sign-in. Features meet here: chat reports refusals to the
 * shared send limit and shows the usage feature's notice in its slot.
 */
export function SignedInShell() {
  return (
    <RequireUser>
      <SendLimitProvider>
        <div className="app-shell">
          <AppHeader />
          <ChatLayout composerNotice={<LimitNotice />} />
        </div>
      </SendLimitProvider>
    </RequireUser>
  );
}
