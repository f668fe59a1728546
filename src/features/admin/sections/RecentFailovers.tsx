import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { LoadingPanel } from "@/components/LoadingPanel";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { AdminTable } from "../AdminTable";

const SHOWN = 20;
const COLUMNS = [{ label: "Time" }, { label: "From → to" }, { label: "Model" }, { label: "Outcome" }];

/** Replies that moved from one provider to another: the failover chain at work (or failing). */
export function RecentFailovers() {
  const failovers = useQuery(api.admin.failovers.recent, { limit: SHOWN });
  return (
    <Section title="Recent failovers" testId="admin-failovers">
      {failovers === undefined ? (
        <LoadingPanel label="Loading failovers…" />
      ) : failovers.length === 0 ? (
        <p className="muted" data-testid="failovers-empty">
          No failovers yet: every reply was answered by the first provider it tried.
        </p>
      ) : (
        <AdminTable label="Failovers table" columns={COLUMNS} tall>
          {failovers.map((f) => (
            <tr key={f._id} data-testid="failover-row" data-from={f.fromProvider} data-to={f.toProvider}>
              <td>{formatDateTime(f.at)}</td>
              <th scope="row">
                {f.fromProvider} → {f.toProvider}
              </th>
              <td>
                <code>{f.model}</code>
              </td>
              <td>
                {f.outcome}
                {f.errorClass && <span className="muted"> ({f.errorClass})</span>}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Section>
  );
}
