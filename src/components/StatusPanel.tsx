import type { ReactNode } from "react";

type StatusPanelProps = {
  title: string;
  children?: ReactNode;
  /** "alert" for failures (announced at once), "status" for loading and empty states. */
  role?: "alert" | "status";
  testId?: string;
  /** A whole page of its own (before or outside the app shell): centred, inside the page's <main>. */
  fullPage?: boolean;
};

/** The one look for loading, empty, error and not-found states. */
export function StatusPanel({ title, children, role = "status", testId, fullPage = false }: StatusPanelProps) {
  // A page of its own needs its h1; inside the shell the page already has one.
  const Heading = fullPage ? "h1" : "h2";
  const panel = (
    <div className={fullPage ? "status-panel status-panel--page" : "status-panel"} role={role} data-testid={testId}>
      <Heading className="status-panel__title">{title}</Heading>
      {children}
    </div>
  );
  // The landmark wraps the panel: a role on <main> itself would replace its landmark role.
  return fullPage ? <main id="main">{panel}</main> : panel;
}
