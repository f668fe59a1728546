import type { ReactNode } from "react";
import { useScrollEdges } from "./use-scroll-edges";

type AdminColumn = { label: string; numeric?: boolean };

type AdminTableProps = {
  label: string;
  columns: readonly AdminColumn[];
  /** For screen readers, where the table has no visible heading of its own. */
  caption?: string;
  tall?: boolean;
  children: ReactNode;
};

/**
 * A dashboard table: column headers, then the caller's rows, in a region
 * that may scroll (wide on phones, long feeds). Focusable and named, so
 * keyboard users can scroll it too (axe: scrollable-region-focusable).
 * When columns are cut off, an edge shadow and a hint say there is more.
 */
export function AdminTable({ label, columns, caption, tall = false, children }: AdminTableProps) {
  const { ref, edges } = useScrollEdges<HTMLDivElement>();
  const more = edges.left || edges.right;
  return (
    <div className="table-scroll-frame" data-more-left={edges.left} data-more-right={edges.right}>
      {more && (
        <p className="table-scroll__hint" data-testid="table-scroll-hint">
          Scroll sideways for more columns {edges.right ? "→" : "←"}
        </p>
      )}
      <div
        ref={ref}
        className={tall ? "table-scroll table-scroll--tall" : "table-scroll"}
        tabIndex={0}
        role="region"
        aria-label={label}
        data-testid="table-scroll"
        data-overflows={more}
      >
        <table className="admin-table">
          {caption && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.label} scope="col" className={column.numeric ? "num" : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}
