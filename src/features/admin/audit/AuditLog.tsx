import { usePaginatedQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { LoadingPanel } from "../../../components/LoadingPanel";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { ACTION_LABEL, auditValueText } from "./audit-text";
import { TableScroll } from "../TableScroll";

const PAGE_SIZE = 10;

/** Every admin change, newest first: who changed what for whom, from what to what. */
export function AuditLog() {
  const { results, status, loadMore } = usePaginatedQuery(api.admin.audit.list, {}, { initialNumItems: PAGE_SIZE });
  return (
    <Section title="Audit log" testId="admin-audit" wide>
      {status === "LoadingFirstPage" ? (
        <LoadingPanel label="Loading the audit log…" />
      ) : results.length === 0 ? (
        <p className="muted">No admin changes yet.</p>
      ) : (
        <TableScroll label="Audit log table">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Admin</th>
                <th scope="col">Change</th>
                <th scope="col">User</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
              </tr>
            </thead>
            <tbody>
              {results.map((entry) => (
                <tr key={entry._id} data-testid="audit-row" data-action={entry.action}>
                  <td>{formatDateTime(entry.at)}</td>
                  <td>{entry.actorName}</td>
                  <th scope="row">{ACTION_LABEL[entry.action]}</th>
                  <td>{entry.targetName}</td>
                  <td>{auditValueText(entry.action, entry.before)}</td>
                  <td data-testid="audit-after">{auditValueText(entry.action, entry.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {(status === "CanLoadMore" || status === "LoadingMore") && (
        <button type="button" className="button load-more" onClick={() => loadMore(PAGE_SIZE)} disabled={status === "LoadingMore"} data-testid="audit-load-more">
          {status === "LoadingMore" ? "Loading…" : "Load older changes"}
        </button>
      )}
    </Section>
  );
}
