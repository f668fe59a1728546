import { useId, type ReactNode } from "react";

type SectionProps = {
  title: string;
  testId: string;
  /** Controls beside the heading (e.g. a window switch). */
  actions?: ReactNode;
  /** Spans the whole grid row (tables, charts) rather than one column. */
  wide?: boolean;
  children: ReactNode;
};

/** One dashboard panel: a titled region, so screen-reader users can jump between panels by landmark. */
export function Section({ title, testId, actions, wide = false, children }: SectionProps) {
  const headingId = useId();
  return (
    <section
      className={wide ? "admin-section admin-section--wide" : "admin-section"}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <div className="admin-section__head">
        <h2 id={headingId}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
