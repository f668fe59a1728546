import { Link, NavLink } from "react-router-dom";
import { ExposedKeyInUrlNotice } from "../features/alerts/ExposedKeyInUrlNotice";
import { AdminLink } from "../features/auth/AdminLink";
import { CurrentUserBadge } from "../features/auth/CurrentUserBadge";
import { SignOutButton } from "../features/auth/SignOutButton";
import { NetworkStatus } from "../features/status/NetworkStatus";
import { UsageMeter } from "../features/usage/UsageMeter";

export function AppHeader() {
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        <span className="brand__mark" aria-hidden="true">
          ◆
        </span>
        Guarded AI chat
      </Link>
      <UsageMeter />
      <nav className="app-header__nav" aria-label="Sections">
        <NavLink to="/documents" className="button button--ghost" data-testid="nav-documents">
          Documents
        </NavLink>
        <NavLink to="/settings" className="button button--ghost" data-testid="nav-settings">
          Settings
        </NavLink>
        <AdminLink />
      </nav>
      <div className="app-header__user">
        <CurrentUserBadge />
        <SignOutButton />
      </div>
      <NetworkStatus />
      <ExposedKeyInUrlNotice />
    </header>
  );
}
