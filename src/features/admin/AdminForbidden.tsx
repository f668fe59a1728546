import { Link } from "react-router-dom";
import { StatusPanel } from "@/components/StatusPanel";

/** What a signed-in non-admin sees at /admin: no data, just where to go instead. */
export function AdminForbidden() {
  return (
    <StatusPanel title="Not allowed" testId="admin-forbidden">
      <p>The admin dashboard is for administrators. Your account does not have that role.</p>
      <p>
        <Link className="button button--primary" to="/">
          Back to your chats
        </Link>
      </p>
    </StatusPanel>
  );
}
