import { useQuery } from "convex/react";
import { api } from "../../../convex/_generated/api";
import { ErrorBoundary } from "@/components/ErrorBoundary";
import { LoadingPanel } from "@/components/LoadingPanel";
import { AdminDashboard } from "./AdminDashboard";
import { AdminError } from "./AdminError";
import { AdminForbidden } from "./AdminForbidden";
import "./admin.css";

/**
 * The operators' dashboard. Non-admins get the "not allowed" panel without
 * a single admin query being sent; the server refuses those regardless.
 */
export function AdminPage() {
  const me = useQuery(api.users.me.get);
  return (
    <main className="page admin" id="main" data-testid="admin-page">
      <h1>Admin</h1>
      {me === undefined ? (
        <LoadingPanel label="Checking your role…" />
      ) : me.role !== "admin" ? (
        <AdminForbidden />
      ) : (
        <ErrorBoundary fallback={(error, reset) => <AdminError error={error} reset={reset} />}>
          <AdminDashboard />
        </ErrorBoundary>
      )}
    </main>
  );
}
