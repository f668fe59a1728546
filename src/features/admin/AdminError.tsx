import { useState } from "react";
import { appErrorOf } from "@rules/app-error-of";
import { userMessageFor } from "@rules/errors";
import { StatusPanel } from "@/components/StatusPanel";
import { AdminForbidden } from "./AdminForbidden";

/**
 * A failed admin query. "forbidden" means the role was taken away while the
 * page was open (the server checks it on every read): say so, show no data.
 */
export function AdminError({ error, reset }: { error: unknown; reset: () => void }) {
  const data = appErrorOf(error);
  // When it failed, for wait phrases ("try again in 20 s"); fixed so re-renders do not drift.
  const [failedAt] = useState(() => Date.now());
  if (data.code === "forbidden") return <AdminForbidden />;
  return (
    <StatusPanel title="The dashboard could not load" role="alert" testId="admin-error">
      <p>{userMessageFor(data, failedAt)}</p>
      <p>
        <button type="button" className="button button--primary" onClick={reset}>
          Try again
        </button>
      </p>
    </StatusPanel>
  );
}
