import type { Overview } from "../admin-types";
import { formatCount } from "../format";
import { Section } from "../Section";
import { AdminTable } from "../AdminTable";

const COLUMNS = [{ label: "Error class" }, { label: "Failed replies", numeric: true }];

/** Failed replies by error class over the last 24 hours, most frequent first, with a bar for scale. */
export function ErrorPatterns({ patterns }: { patterns: Overview["errorPatterns"] }) {
  const max = Math.max(1, ...patterns.map((p) => p.count));
  return (
    <Section title="Error patterns, last 24 hours" testId="admin-errors">
      {patterns.length === 0 ? (
        <p className="muted">No failed replies in the last 24 hours.</p>
      ) : (
        <AdminTable label="Error patterns table" columns={COLUMNS}>
          {patterns.map((p) => (
            <tr key={p.errorClass} data-testid="error-pattern-row">
              <th scope="row">
                <code>{p.errorClass}</code>
              </th>
              <td className="num">
                <span className="inline-bar" aria-hidden="true" style={{ width: `${(p.count / max) * 4}rem` }} />
                {formatCount(p.count)}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Section>
  );
}
