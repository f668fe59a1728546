import { useQuery } from "convex/react";
import { api } from "../../../../convex/_generated/api";
import { formatUsd } from "@rules/money";
import { LoadingPanel } from "@/components/LoadingPanel";
import { AdminTable } from "../AdminTable";
import { formatCount } from "../format";
import { Section } from "../Section";

const DAYS = 7;
const COLUMNS = [
  { label: "Model" },
  { label: "For" },
  { label: "Calls", numeric: true },
  { label: "Spent", numeric: true },
];
const KIND_LABEL = { embedding: "Embeddings (documents and questions)", answer: "Docs answers" } as const;

/** Documentation chat's cost per model over the last week: embedding models and the chat models that answered from documents. */
export function DocsSpend() {
  const spend = useQuery(api.docs.spend.perModel, { days: DAYS });
  return (
    <Section title={`Documentation chat: cost per model, last ${DAYS} days (UTC)`} testId="admin-docs-spend" wide>
      {spend === undefined ? (
        <LoadingPanel label="Loading documentation chat spend…" />
      ) : spend.rows.length === 0 ? (
        <p className="muted" data-testid="docs-spend-empty">
          Nothing spent on documentation chat in the last {spend.days} days.
        </p>
      ) : (
        <AdminTable label="Documentation chat cost per model" columns={COLUMNS}>
          {spend.rows.map((row) => (
            <tr key={`${row.kind}:${row.model}`} data-testid="docs-spend-row" data-kind={row.kind}>
              <th scope="row">
                <code>{row.model}</code>
              </th>
              <td>{KIND_LABEL[row.kind]}</td>
              <td className="num">{formatCount(row.calls)}</td>
              <td className="num">{formatUsd(row.micros)}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </Section>
  );
}
