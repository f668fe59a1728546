import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";

/** Who is signed in, and on which plan: the plan decides the limits the usage meter shows. */
export function CurrentUserBadge() {
  const me = useQuery(api.users.me.get);
  if (!me) return <span className="user-badge user-badge--loading" aria-hidden="true" />;
  return (
    <span className="user-badge" data-testid="current-user">
      <span className="user-badge__name">{me.name}</span>
      <span className="tier-pill" data-testid="current-tier" title="Your plan">
        {me.tier}
        {me.role === "admin" ? " · admin" : ""}
      </span>
    </span>
  );
}
