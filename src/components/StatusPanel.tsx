import type { ReactNode } from "react";

type StatusPanelProps = {
  title: string;
  children?: ReactNode;
  /** "alert" for failures (announced at once), "status" for loading and empty states. */
  role?: "alert" | "status";
  testId?: string;
  /** Centre in the whole viewport, for states shown before the app shell exists. */
  fullPage?: boolean;
};

/** The one look for loading, empty, error and not-found states. */
export function StatusPanel({ title, children, role = "status", testId, fullPage = false }: StatusPanelProps) {
  return (
    <div className={fullPage ? "status-panel status-panel--page" : "status-panel"} role={role} data-testid={testId}>
      <h2 className="status-panel__title">{title}</h2>
      {children}
    </div>
  );
}
