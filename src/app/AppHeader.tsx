import { Link } from "react-router-dom";
import { CurrentUserBadge } from "../features/auth/CurrentUserBadge";
import { SignOutButton } from "../features/auth/SignOutButton";
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
      <div className="app-header__user">
        <CurrentUserBadge />
        <SignOutButton />
      </div>
    </header>
  );
}
