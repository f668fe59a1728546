import type { AlertRow } from "../admin-types";
import { formatDateTime } from "../format";
import { Section } from "../Section";
import { TableScroll } from "../TableScroll";

/** The newest alerts (breaker openings, quota, error and cache rates…), newest first. */
export function AlertsFeed({ alerts }: { alerts: readonly AlertRow[] }) {
  return (
    <Section title="Alerts" testId="admin-alerts">
      {alerts.length === 0 ? (
        <p className="muted" data-testid="alerts-empty">
          No alerts.
        </p>
      ) : (
        <TableScroll label="Alerts table" tall>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Level</th>
                <th scope="col">Kind</th>
                <th scope="col">Subject</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </TableScroll>
      )}
    </Section>
  );
}
