import { formatUsd } from "@rules/money";
import type { WindowSummary } from "../admin-types";
import { AdminTable } from "../AdminTable";
import { formatCount, formatPercent } from "../format";
import { Section } from "../Section";

const TIERS = [
  ["browser", "Browser copy"],
  ["exact", "Server, exact"],
  ["semantic", "Server, same meaning"],
  ["fresh", "Fresh generation"],
  ["pool", "Prepared earlier (outage)"],
  ["relaxed", "Near match (outage)"],
] as const;
const COLUMNS = [{ label: "Tier" }, { label: "Last hour", numeric: true }, { label: "24 h", numeric: true }];

const answered = (w: WindowSummary) => Object.values(w.tiers).reduce((sum, n) => sum + n, 0);
const share = (w: WindowSummary, tier: keyof WindowSummary["tiers"]) =>
  answered(w) ? w.tiers[tier] / answered(w) : null;

/** Which tier answered, as shares of answered replies; what the server cache's embeddings cost; the pool's size. */
export function CacheTiers({
  lastHour,
  lastDay,
  poolSize,
}: {
  lastHour: WindowSummary;
  lastDay: WindowSummary;
  poolSize: number;
}) {
  return (
    <Section title="Answers by tier" testId="admin-cache-tiers">
      <AdminTable label="Answers by tier" columns={COLUMNS}>
        {TIERS.map(([tier, label]) => (
          <tr key={tier} data-testid="tier-row" data-tier={tier}>
            <th scope="row">{label}</th>
            <td className="num">
              {formatPercent(share(lastHour, tier))} ({formatCount(lastHour.tiers[tier])})
            </td>
            <td className="num">
              {formatPercent(share(lastDay, tier))} ({formatCount(lastDay.tiers[tier])})
            </td>
          </tr>
        ))}
      </AdminTable>
      <p className="muted" data-testid="cache-embeddings-spent">
        Embeddings for the server cache: {formatUsd(lastHour.embeddingMicros)} last hour,{" "}
        {formatUsd(lastDay.embeddingMicros)} in 24 h.
      </p>
      <p className="muted" data-testid="cache-pool-size">
        Prepared answers ready: {formatCount(poolSize)}.
      </p>
    </Section>
  );
}
