import type { ReactNode } from "react";

/**
 * A table that may scroll (wide on phones, long feeds). Focusable and
 * named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, tall = false, children }: { label: string; tall?: boolean; children: ReactNode }) {
  return (
    <div className={tall ? "table-scroll table-scroll--tall" : "table-scroll"} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
