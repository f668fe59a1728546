import { usePaginatedQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { LoadingPanel } from "@/components/LoadingPanel";
import { formatDateTime } from "../format";
import { AdminTable } from "../AdminTable";
import { LoadMoreButton } from "../LoadMoreButton";
import { Section } from "../Section";
import { ACTION_LABEL, auditValueText } from "./audit-text";

const PAGE_SIZE = 10;
const COLUMNS = [
  { label: "Time" },
  { label: "Admin" },
  { label: "Change" },
  { label: "User" },
  { label: "From" },
  { label: "To" },
];

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
        <AdminTable label="Audit log table" columns={COLUMNS}>
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
        </AdminTable>
      )}
      <LoadMoreButton
        status={status}
        onLoadMore={() => loadMore(PAGE_SIZE)}
        label="Load older changes"
        testId="audit-load-more"
      />
    </Section>
  );
}
