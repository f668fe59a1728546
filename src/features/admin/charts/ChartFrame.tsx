import type { ReactNode } from "react";
import { AdminTable } from "../AdminTable";

type LegendItem = { label: string; swatch: string; dash?: "solid" | "dashed" | "dotted" };
export type DataTable = { columns: readonly string[]; rows: readonly (readonly string[])[] };

type ChartFrameProps = {
  title: string;
  /** A line under the title saying what is measured. */
  note?: string;
  legend: readonly LegendItem[];
  /** The same numbers as text: the chart's full alternative for screen readers and for anyone who wants exact values. */
  table: DataTable;
  testId?: string;
  /** The SVG (role="img" with its one-sentence summary as its name). */
  children: ReactNode;
};

/** A chart as a figure: caption, legend, picture, and its data as a table behind a disclosure. */
export function ChartFrame({ title, note, legend, table, testId, children }: ChartFrameProps) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">
        {title}
        {note && <span className="chart__note">{note}</span>}
      </figcaption>
      {legend.length > 0 && (
        <ul className="chart__legend" aria-label={`${title}: legend`}>
          {legend.map((item) => (
            <li key={item.label}>
              <span className={`chart__swatch ${item.swatch}`} data-dash={item.dash} aria-hidden="true" />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      {children}
      <details className="chart__data">
        <summary>Show the data</summary>
        <AdminTable
          label={`${title}: data`}
          caption={title}
          columns={table.columns.map((column) => ({ label: column }))}
        >
          {table.rows.map(([head, ...cells], index) => (
            <tr key={index}>
              <th scope="row">{head}</th>
              {cells.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </AdminTable>
      </details>
    </figure>
  );
}
