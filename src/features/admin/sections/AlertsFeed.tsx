import type { AlertRow } from "../admin-types";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { AdminTable } from "../AdminTable";

const COLUMNS = [{ label: "Time" }, { label: "Level" }, { label: "Kind" }, { label: "Subject" }, { label: "Message" }];

/** The newest alerts (breaker openings, quota, error and cache rates…), newest first. */
export function AlertsFeed({ alerts }: { alerts: readonly AlertRow[] }) {
  return (
    <Section title="Alerts" testId="admin-alerts">
      {alerts.length === 0 ? (
        <p className="muted" data-testid="alerts-empty">
          No alerts.
        </p>
      ) : (
        <AdminTable label="Alerts table" columns={COLUMNS} tall>
          {alerts.map((a) => (
            <tr key={a._id} data-testid="alert-row" data-kind={a.kind} data-level={a.level} data-subject={a.subject}>
              <td>{formatDateTime(a.at)}</td>
              <td>
                <span className={`badge badge--${a.level}`}>{a.level}</span>
              </td>
              <th scope="row">
                <code>{a.kind}</code>
              </th>
              <td>{a.subject}</td>
              <td>{a.message}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Section>
  );
}
