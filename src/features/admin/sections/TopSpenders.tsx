import { formatUsd } from "@rules/money";
import type { TopSpender } from "../admin-types";
import { formatPercent } from "../format";
import { Section } from "../Section";
import { AdminTable } from "../AdminTable";

const COLUMNS = [
  { label: "User" },
  { label: "Plan" },
  { label: "Spent", numeric: true },
  { label: "Of daily cap", numeric: true },
];

/** Today's biggest spenders (UTC day), with how much of their cap they have used. */
export function TopSpenders({ spenders }: { spenders: readonly TopSpender[] }) {
  return (
    <Section title="Top users by spend today" testId="admin-top-spenders" wide>
      {spenders.length === 0 ? (
        <p className="muted">Nobody has spent anything today.</p>
      ) : (
        <AdminTable label="Top spenders table" columns={COLUMNS}>
          {spenders.map((s) => (
            <tr key={s.userId} data-testid="top-spender-row">
              <th scope="row">
                {s.name}
                {s.email && <span className="muted cell-note">{s.email}</span>}
              </th>
              <td>{s.tier}</td>
              <td className="num">{formatUsd(s.spentMicros)}</td>
              <td className="num">
                {s.capMicros > 0 ? formatPercent(s.spentMicros / s.capMicros) : "–"} of {formatUsd(s.capMicros)}
              </td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Section>
  );
}
