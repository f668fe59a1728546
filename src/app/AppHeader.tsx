import { Link, NavLink } from "react-router-dom";
import { HeaderMenu } from "../components/HeaderMenu";
import { ExposedKeyInUrlNotice } from "../features/alerts/ExposedKeyInUrlNotice";
import { AdminLink } from "../features/auth/AdminLink";
import { CurrentUserBadge } from "../features/auth/CurrentUserBadge";
import { SignOutButton } from "../features/auth/SignOutButton";
import { ConnectionDot } from "../features/status/ConnectionDot";
import { NetworkStatus } from "../features/status/NetworkStatus";
import { UsageMeter } from "../features/usage/UsageMeter";
import { UsageSummary } from "../features/usage/UsageSummary";

// Usage, connection and account sit inline on wide screens; on phones they fold
// into one popover behind a digest ("● 3/5 · $0.31"), so the header is one row.
export function AppHeader() {
  return (
    <header className="app-header" data-testid="app-header">
      <Link to="/" className="brand" aria-label="Guarded AI chat, new conversation">
        <span className="brand__mark" aria-hidden="true">
          ◆
        </span>
        <span className="brand__name">Guarded AI chat</span>
      </Link>
      <HeaderMenu
        label="Usage, connection and account"
        summary={
          <>
            <ConnectionDot />
            <UsageSummary />
          </>
        }
      >
        <UsageMeter />
        <NetworkStatus />
        <div className="app-header__user">
          <CurrentUserBadge />
          <SignOutButton />
        </div>
      </HeaderMenu>
      <nav className="app-header__nav" aria-label="Sections">
        <NavLink to="/documents" className="button button--ghost" data-testid="nav-documents">
          Documents
        </NavLink>
        <NavLink to="/settings" className="button button--ghost" data-testid="nav-settings">
          Settings
        </NavLink>
        <AdminLink />
      </nav>
      <ExposedKeyInUrlNotice />
    </header>
  );
}
