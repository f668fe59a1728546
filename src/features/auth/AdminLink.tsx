import { useQuery } from "convex/react";
import { NavLink } from "react-router-dom";
import { api } from "../../../convex/_generated/api";

/** Shown to admins only; the server checks the role on every admin function regardless. */
export function AdminLink() {
  const me = useQuery(api.users.me.get);
  if (me?.role !== "admin") return null;
  return (
    <NavLink to="/admin" className="button button--ghost" data-testid="nav-admin">
      Admin
    </NavLink>
  );
}
